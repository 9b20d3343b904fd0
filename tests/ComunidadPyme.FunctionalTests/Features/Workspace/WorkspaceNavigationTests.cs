using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace;

/// <summary>The workspace's entrance, dashboard and pages, as each kind of user finds them.</summary>
public sealed class WorkspaceNavigationTests(PortalFactory portal) : IClassFixture<PortalFactory>
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

    public static TheoryData<string> Pages() => new()
    {
        "/{0}/workspace/br", "/{0}/workspace/br/profile", "/{0}/workspace/br/institutions", "/{0}/workspace/br/institutions/new",
        "/{0}/workspace/br/focal-points", "/{0}/workspace/br/focal-points/new", "/{0}/workspace/br/definitions",
        "/{0}/workspace/br/definitions/new", "/{0}/workspace/br/laws", "/{0}/workspace/br/laws/new", "/{0}/workspace/br/programmes",
        "/{0}/workspace/br/programmes/new", "/{0}/workspace/br/progress", "/{0}/workspace/br/progress/new",
        "/{0}/admin/principles", "/{0}/admin/cycles", "/{0}/admin/cycles/new",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageOpensInEveryLanguage(string template)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);
        foreach (var lang in new[] { "en", "es", "pt", "fr" })
        {
            var response = await client.GetAsync(string.Format(template, lang));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await HtmlDocument.ParseAsync(response);
            Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1")?.TextContent));
        }
    }

    [Fact]
    public async Task EveryEditAndDeletePageOfBrazilsRecordsOpens()
    {
        var brazilId = await portal.CountryIdAsync("BR");
        var ids = await portal.QueryAsync(async db => new Dictionary<string, int>
        {
            ["institutions"] = await db.Institutions.Where(r => r.CountryId == brazilId).Select(r => r.Id).FirstAsync(),
            ["focal-points"] = await db.FocalPoints.Where(r => r.CountryId == brazilId).Select(r => r.Id).FirstAsync(),
            ["definitions"] = await db.MsmeDefinitions.Where(r => r.CountryId == brazilId).Select(r => r.Id).FirstAsync(),
            ["laws"] = await db.LegalInstruments.Where(r => r.CountryId == brazilId).Select(r => r.Id).FirstAsync(),
            ["programmes"] = await db.SupportProgrammes.Where(r => r.CountryId == brazilId).Select(r => r.Id).FirstAsync(),
            ["progress"] = await db.ProgressReports.Where(r => r.CountryId == brazilId).Select(r => r.Id).FirstAsync(),
        });
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        foreach (var (section, id) in ids)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/pt/workspace/br/{section}/{id}/edit")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/pt/workspace/br/{section}/{id}/delete")).StatusCode);
        }
    }

    [Theory]
    [InlineData("/en/workspace/br/institutions")]
    [InlineData("/en/workspace/br/observations")]
    [InlineData("/es/workspace/br/import")]
    [InlineData("/en/admin/accounts")]
    [InlineData("/en/countries/br")]
    public async Task PagesShownToASignedInPersonAreNeverStored(string url)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task PublicPagesForAnonymousVisitorsMayBeStored()
    {
        var response = await portal.CreateClient().GetAsync("/en/countries/br");

        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }
}
