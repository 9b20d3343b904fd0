using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Home;

/// <summary>
/// The workspace's entrance, as each kind of user finds it: straight to their one country, a choice of countries,
/// nothing to edit, or the sign-in page.
/// </summary>
public sealed class WorkspaceHomeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task FocalPointOfOneCountryGoesStraightToIt()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.GetAsync("/es/workspace");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/es/workspace/br", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AdministratorChoosesAmongAllCountries()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace"));

        Assert.Equal(35, page.QuerySelectorAll(".workspace-countries [data-iso2]").Length);
        Assert.NotNull(page.QuerySelector("a[href='/en/admin/principles']"));
        Assert.NotNull(page.QuerySelector("a[href='/en/admin/indicators']"));
    }

    [Fact]
    public async Task ReviewerSeesThatTheyMayEditNoCountry()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var response = await client.GetAsync("/en/workspace");
        var dashboard = await client.GetAsync("/en/workspace/br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await HtmlDocument.ParseAsync(response)).QuerySelectorAll(".workspace-countries"));
        Assert.Equal(HttpStatusCode.Forbidden, dashboard.StatusCode);
    }

    [Theory]
    [InlineData("/en/workspace")]
    [InlineData("/en/workspace/br")]
    [InlineData("/en/admin/principles")]
    public async Task AnonymousVisitorIsSentToSignIn(string url)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Anonymous);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.OriginalString);
    }
}
