using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.CountryProfile;

/// <summary>
/// A profile costs a small, fixed number of SQL commands however much data the country has, and a repeated
/// anonymous request is answered from the output cache without touching the database.
/// </summary>
public sealed class ProfileQueryBudgetTests(ProfileQueryBudgetTests.CountingPortal portal) : IClassFixture<ProfileQueryBudgetTests.CountingPortal>
{
    private const int Budget = 12;

    public sealed class CountingPortal : PortalFactory
    {
        public SqlCommandCounter Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Commands)));
        }
    }

    [Theory]
    [InlineData("/en/countries/br")]
    [InlineData("/es/countries/mx?type=Law")]
    [InlineData("/pt/countries/co/msme-check?turnover=1000&sector=Services")]
    [InlineData("/fr/countries/cl/data.csv")]
    public async Task ReadsAPageInAFewQueriesAndServesTheRepeatFromTheCache(string path)
    {
        var client = portal.CreateClient();
        _ = await client.GetAsync("/en/countries");
        portal.Commands.Reset();

        var first = await client.GetAsync(path);
        var firstCommands = portal.Commands.Count;
        portal.Commands.Reset();
        var second = await portal.CreateClient().GetAsync(path);
        var secondCommands = portal.Commands.Count;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.InRange(firstCommands, 1, Budget);
        Assert.Equal(0, secondCommands);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }
}
