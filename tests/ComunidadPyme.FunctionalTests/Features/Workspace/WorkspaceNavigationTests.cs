using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace;

/// <summary>Every page of the workspace opens, in every language; an unknown address is not found.</summary>
public sealed class WorkspaceNavigationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
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
    [InlineData("/en/workspace/zz/institutions")]
    [InlineData("/en/workspace/br/institutions/999999/edit")]
    [InlineData("/en/workspace/br/institutions/abc/edit")]
    [InlineData("/en/workspace/br/confirm/nonsense")]
    [InlineData("/en/workspace/history/NoSuchType/1")]
    [InlineData("/en/workspace/history/Institution/999999")]
    public async Task UnknownAddressesAreNotFound(string url)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var response = url.Contains("/confirm/", StringComparison.Ordinal)
            ? await client.PostFormAsync(url, [])
            : await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
