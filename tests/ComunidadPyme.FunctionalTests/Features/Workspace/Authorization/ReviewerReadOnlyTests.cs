using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Authorization;

/// <summary>
/// Reviewers open every country's workspace read-only: the same pages, with a notice and without a single edit
/// control, and every edit page or post is refused. Focal points still edit their own country only; administrators
/// still edit everywhere.
/// </summary>
public sealed partial class ReviewerReadOnlyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Notice = ".workspace-read-only";

    /// <summary>The read-only pages of a country's workspace, by their path after /{lang}/workspace/{iso2}.</summary>
    public static TheoryData<string, string> ReadPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var iso2 in new[] { "br", "mx" })
        {
            foreach (var page in s_readPages)
            {
                data.Add(iso2, page);
            }
        }

        return data;
    }

    private static readonly string[] s_readPages =
        ["", "/profile", "/institutions", "/focal-points", "/definitions", "/laws", "/programmes", "/progress", "/observations"];

    /// <summary>The list pages whose editors have an "Add …" page.</summary>
    public static TheoryData<string> Sections() =>
        new() { "institutions", "focal-points", "definitions", "laws", "programmes", "progress" };

    [Theory]
    [MemberData(nameof(ReadPages))]
    public async Task ReviewerReadsThePageWithoutAnyEditControl(string iso2, string page)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        foreach (var (lang, notice) in new[] { ("en", "You are reviewing this country's data: read only."), ("es", "Está revisando los datos de este país: solo lectura.") })
        {
            var response = await client.GetAsync($"/{lang}/workspace/{iso2}{page}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var document = await HtmlDocument.ParseAsync(response);
            Assert.Equal(notice, document.QuerySelector(Notice)?.TextContent.Trim());
            AssertNoEditControls(document);
        }
    }

    [Theory]
    [InlineData("pt", "Você está revisando os dados deste país: somente leitura.")]
    [InlineData("fr", "Vous consultez les données de ce pays : lecture seule.")]
    public async Task TheReadOnlyNoticeSpeaksThePagesLanguage(string lang, string notice)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var document = await HtmlDocument.ParseAsync(await client.GetAsync($"/{lang}/workspace/mx/laws"));

        Assert.Equal(notice, document.QuerySelector(Notice)?.TextContent.Trim());
    }

    [Fact]
    public async Task ReviewerSeesTheRecordsAndTheirValuesAsText()
    {
        var law = await portal.AddLawAsync("MX", "Law a reviewer reads");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var laws = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/mx/laws"));
        var grid = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/mx/observations?from=2021&to=2021"));

        var row = laws.QuerySelector($"tr[data-id='{law.Id}']");
        Assert.NotNull(row);
        Assert.Contains("Law a reviewer reads", row.TextContent);
        Assert.NotNull(row.QuerySelector($"a[href='/en/workspace/history/LegalInstrument/{law.Id}']"));
        var saved = await ObservationsData.ObservationAsync(portal, "MX", "MSME_DENSITY", "2021");
        var cell = grid.QuerySelector($"tr[data-indicator='MSME_DENSITY'] td[data-cell='{saved!.IndicatorId}-2021']");
        Assert.NotNull(cell);
        Assert.Empty(cell.QuerySelectorAll("input, select, textarea"));
        Assert.False(string.IsNullOrWhiteSpace(cell.QuerySelector(".obs-value")?.TextContent));
        Assert.Null(grid.QuerySelector("form.obs-grid-form"));
        Assert.DoesNotContain(grid.QuerySelectorAll("main button[type=submit]"), b => b.Closest("form.obs-filter") is null);
    }

    [Fact]
    public async Task ReviewerReadsARecordsHistoryButIsNotOfferedARestore()
    {
        var institution = await RenamedInstitutionAsync("MX");
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var administrator = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);
        var url = $"/en/workspace/history/Institution/{institution}";

        var response = await reviewer.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.NotEmpty(page.QuerySelectorAll(".history-entry"));
        Assert.NotNull(page.QuerySelector(Notice));
        AssertNoEditControls(page);
        // The same history offers the restore to someone who may edit the country.
        var editorsPage = await HtmlDocument.ParseAsync(await administrator.GetAsync(url));
        Assert.NotEmpty(editorsPage.QuerySelectorAll("form[action*='/restore/']"));
        Assert.Null(editorsPage.QuerySelector(Notice));
    }

    [Fact]
    public async Task ReviewerDownloadsALawsOfficialText()
    {
        var law = await portal.AddLawAsync("BR", "Law with a stored text");
        var key = await portal.QueryAsync(async db =>
        {
            var stored = await db.LegalInstruments.SingleAsync(l => l.Id == law.Id);
            stored.DocumentStorageKey = Guid.NewGuid().ToString("N");
            stored.DocumentFileName = "official.pdf";
            stored.DocumentSizeBytes = 9;
            await db.SaveChangesAsync();
            return stored.DocumentStorageKey;
        });
        var folder = Path.Combine(portal.DataDirectory, "documents");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, key), "%PDF-1.4\n");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var response = await client.GetAsync($"/en/workspace/br/laws/{law.Id}/document");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task ReviewerIsRefusedEveryEditPage(string section)
    {
        var id = await RecordOfBrazilAsync(section);
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        foreach (var path in new[] { "new", $"{id}/edit", $"{id}/delete" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/en/workspace/br/{section}/{path}")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(MutatingEndpoints.CountryEndpoints), MemberType = typeof(MutatingEndpoints))]
    public async Task ReviewerWhoMayReadMexicoIsStillRefusedEveryPostAndNothingChanges(string endpoint)
    {
        var request = await MutatingEndpoints.PrepareAsync(endpoint, portal, "MX");
        var before = await request.Snapshot();
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/workspace/mx")).StatusCode);

        var response = await client.PostFormAsync(request.Url, request.Form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await request.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task FocalPointOfBrazilStillSeesTheEditControlsOfBrazil(string section)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.GetAsync($"/en/workspace/br/{section}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Null(page.QuerySelector(Notice));
        Assert.NotNull(page.QuerySelector($"a[href='/en/workspace/br/{section}/new']"));
        Assert.NotEmpty(page.QuerySelectorAll("a[href$='/edit']"));
        Assert.NotNull(page.QuerySelector("form.section-confirmation[method=post]"));
    }

    [Fact]
    public async Task FocalPointOfBrazilStillEditsTheProfileTheGridAndTheDashboardOfBrazil()
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var profile = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/br/profile"));
        var grid = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/br/observations"));
        var dashboard = await HtmlDocument.ParseAsync(await client.GetAsync("/en/workspace/br"));

        Assert.NotNull(profile.QuerySelector("form.workspace-form[method=post] textarea"));
        Assert.NotEmpty(grid.QuerySelectorAll("form.obs-grid-form[method=post] .obs-grid input.obs-value"));
        Assert.NotNull(grid.QuerySelector("a[href='/en/workspace/br/import']"));
        Assert.NotEmpty(dashboard.QuerySelectorAll("form[method=post][action*='/workspace/br/confirm/']"));
        Assert.NotNull(dashboard.QuerySelector("nav a[href='/en/workspace/br/import']"));
    }

    [Theory]
    [MemberData(nameof(ReadPageOfMexico))]
    public async Task FocalPointOfBrazilMayNotReadMexico(string page)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/en/workspace/mx{page}")).StatusCode);
    }

    public static TheoryData<string> ReadPageOfMexico() => new(s_readPages);

    [Fact]
    public async Task FocalPointOfBrazilMayNotReadTheHistoryOfAMexicanRecord()
    {
        var institution = await RenamedInstitutionAsync("MX");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/en/workspace/history/Institution/{institution}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task AdministratorStillSeesTheEditControlsOfAnyCountry(string section)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/mx/{section}"));

        Assert.Null(page.QuerySelector(Notice));
        Assert.NotNull(page.QuerySelector($"a[href='/en/workspace/mx/{section}/new']"));
        Assert.NotNull(page.QuerySelector("form.section-confirmation[method=post]"));
    }

    /// <summary>
    /// No link to an add, edit, delete or import page, no form that posts to the workspace (save, confirm, submit,
    /// restore) and no field of the observations grid.
    /// </summary>
    private static void AssertNoEditControls(IDocument page)
    {
        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.DoesNotContain(links, href => EditPage().IsMatch(href));
        var posts = page.QuerySelectorAll("form")
            .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            .Select(f => f.GetAttribute("action") ?? string.Empty)
            .ToList();
        Assert.DoesNotContain(posts, action => action.Contains("/workspace/", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll(".obs-grid input, .obs-grid select, textarea, input[type=file]"));
    }

    [GeneratedRegex(@"/workspace/[a-z]{2}/(.+/)?(new|edit|delete|import)(/|\?|$)")]
    private static partial Regex EditPage();

    private async Task<int> RecordOfBrazilAsync(string section) => section switch
    {
        "institutions" => (await portal.AddInstitutionAsync("BR")).Id,
        "focal-points" => (await portal.AddFocalPointAsync("BR")).Id,
        "definitions" => (await portal.AddDefinitionAsync("BR")).Id,
        "laws" => (await portal.AddLawAsync("BR")).Id,
        "programmes" => (await portal.AddProgrammeAsync("BR")).Id,
        _ => (await portal.AddDraftReportAsync("BR")).Id,
    };

    /// <summary>An institution with two audited versions, so its history has one to restore.</summary>
    private async Task<int> RenamedInstitutionAsync(string iso2)
    {
        var record = await portal.AddInstitutionAsync(iso2, "First name");
        await portal.QueryAsync(async db =>
        {
            var institution = await db.Institutions.SingleAsync(i => i.Id == record.Id);
            institution.Name = ComunidadPyme.Core.Common.TranslatableText.In("en", "Second name");
            return await db.SaveChangesAsync();
        });
        return record.Id;
    }
}
