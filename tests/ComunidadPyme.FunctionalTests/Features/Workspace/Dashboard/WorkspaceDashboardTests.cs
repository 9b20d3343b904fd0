using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Dashboard;

/// <summary>A country's dashboard: what is missing, and who changed what last.</summary>
public sealed class WorkspaceDashboardTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DashboardShowsGapsAndTheLatestChangeWithItsAuthor()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        await client.PostFormAsync("/en/workspace/br/institutions/new", WorkspaceForms.Institution("Freshly added agency"));

        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/br"));

        Assert.NotNull(page.QuerySelector("[data-finding='NoPolicyOverview']"));
        var latest = page.QuerySelector(".recent-changes tbody tr")!;
        Assert.Contains("focal.br@example.org", latest.TextContent);
        Assert.Contains("Institution", latest.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/en/workspace/br/observations']"));
        Assert.NotNull(page.QuerySelector("a[href='/en/workspace/br/import']"));
    }
}
