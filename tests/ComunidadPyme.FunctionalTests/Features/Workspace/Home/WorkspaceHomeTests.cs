using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Home;

/// <summary>
/// The workspace's entrance, as each kind of user finds it: straight to their one country, a choice of countries
/// (to read only, for reviewers), or the sign-in page.
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
    public async Task ReviewerChoosesAmongAllCountriesEachMarkedReadOnly()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var response = await client.GetAsync("/en/workspace");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        var countries = page.QuerySelectorAll(".workspace-countries [data-iso2]");
        Assert.Equal(35, countries.Length);
        Assert.NotNull(page.QuerySelector(".workspace-countries [data-iso2='BR'] a[href='/en/workspace/br']"));
        Assert.NotNull(page.QuerySelector(".workspace-countries [data-iso2='MX'] a[href='/en/workspace/mx']"));
        Assert.All(countries, country => Assert.Equal("read only", country.QuerySelector(".read-only-badge")?.TextContent.Trim()));
        Assert.Null(page.QuerySelector("a[href='/en/admin/principles']"));
    }

    [Fact]
    public async Task AdministratorsCountriesAreNotMarkedReadOnly()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/es/workspace"));

        Assert.Empty(page.QuerySelectorAll(".read-only-badge"));
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
