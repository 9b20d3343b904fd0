using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Review.Freshness;

/// <summary>The freshness page reads the whole region in a fixed number of grouped commands, never one per country.</summary>
/// <remarks>
/// A portal of its own: a second host over a portal other tests use would contend for the legal-search index's write lock.
/// </remarks>
public sealed class FreshnessQueryBudgetTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Budget = 16;

    [Fact]
    public async Task ReadsTheWholeRegionInAHandfulOfSqlCommands()
    {
        var counter = new SqlCommandCounter();
        using var counted = portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(counter))));
        var reviewer = await WorkspaceSignIn.ClientAsync(counted, WorkspaceUser.Reviewer);
        await reviewer.GetAsync("/en/review/freshness"); // first-request work is not the page's

        var all = await FewestCommandsAsync(reviewer, counter, "/en/review/freshness");
        var few = await FewestCommandsAsync(reviewer, counter, "/en/review/freshness?region=Caribbean&women=true");

        // 11 are the page's (one grouped command per kind of record, the indicators, the reminders); the rest are the
        // sign-in cookie's validation on every request (SecurityStampValidator with a zero interval), whatever the page.
        Assert.InRange(all, 1, Budget);
        Assert.Equal(all, few);
    }

    /// <summary>
    /// The fewest commands of three requests: the host's own background work (the legal index's build at start,
    /// the post-commit retries) may add commands to one of them on a busy machine, never take any away.
    /// </summary>
    private static async Task<int> FewestCommandsAsync(HttpClient client, SqlCommandCounter counter, string address)
    {
        var fewest = int.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            counter.Reset();
            var response = await client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            fewest = Math.Min(fewest, counter.Count);
        }

        return fewest;
    }
}
