using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Compare;

/// <summary>A comparison costs a small fixed number of SQL commands, however many countries it holds.</summary>
/// <remarks>
/// A portal of its own: a second host over the shared portal's data directory would contend for the
/// legal-search index's write lock.
/// </remarks>
public sealed class CompareQueryBudgetTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Budget = 6;

    [Fact]
    public async Task StaysWithinTheBudgetWhateverTheNumberOfCountries()
    {
        var counter = new SqlCommandCounter();
        using var counted = portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(counter))));
        var client = counted.CreateClient();
        await CountAsync(client, counter, "/en/compare?countries=CL"); // first-request work (caches, lazy loads) is not the page's

        var few = await CountAsync(client, counter, "/en/compare?indicator=MSME_DENSITY&countries=BR,MX&from=2015&to=2024");
        var many = await CountAsync(client, counter,
            "/en/compare?indicator=MSME_DENSITY&region=SouthAmerica&countries=CA,US,MX,CR,JM,HT&view=map&from=2000&to=2024");

        Assert.InRange(few, 1, Budget);
        Assert.Equal(few, many);
    }

    private static async Task<int> CountAsync(HttpClient client, SqlCommandCounter counter, string address)
    {
        counter.Reset();
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return counter.Count;
    }
}
