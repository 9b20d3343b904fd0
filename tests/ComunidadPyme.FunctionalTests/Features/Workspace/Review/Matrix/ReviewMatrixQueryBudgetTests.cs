using System.Diagnostics;
using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Review.Matrix;

/// <summary>The matrix costs a small fixed number of SQL commands, not one per country.</summary>
/// <remarks>A portal of its own: a second host over a shared portal's data directory would contend for the legal-search index.</remarks>
public sealed class ReviewMatrixQueryBudgetTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const int Budget = 9;

    [Fact]
    public async Task StaysWithinTheBudgetWhateverTheNumberOfCountries()
    {
        var counter = new SqlCommandCounter();
        using var counted = portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(counter))));
        var reviewer = await WorkspaceSignIn.ClientAsync(counted, WorkspaceUser.Reviewer);
        var anonymous = counted.CreateClient();
        await CountAsync(reviewer, counter, "/en/review/matrix"); // first-request work (caches, lazy loads) is not the page's

        var region = await CountAsync(reviewer, counter, "/en/review/matrix?region=Caribbean");
        var all = await CountAsync(reviewer, counter, "/en/review/matrix");
        var export = await CountAsync(reviewer, counter, "/en/review/matrix/data.xlsx");
        var publicPage = await CountAsync(anonymous, counter, "/en/progress?women=true");

        Assert.InRange(all, 1, Budget);
        Assert.Equal(region, all);
        Assert.InRange(export, 1, Budget);
        Assert.InRange(publicPage, 1, Budget);
    }

    private async Task<int> CountAsync(HttpClient client, SqlCommandCounter counter, string address)
    {
        counter.Reset();
        var watch = Stopwatch.StartNew();
        var response = await client.GetAsync(address);
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        output.WriteLine($"{address}: {counter.Count} SQL commands, {watch.ElapsedMilliseconds} ms");
        return counter.Count;
    }
}
