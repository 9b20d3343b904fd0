using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.CountryProfile;

/// <summary>The public profile at /{lang}/countries/{iso2}: its address, its header and its languages.</summary>
[Collection(PortalCollection.Name)]
public sealed class CountryProfilePageTests(PortalFactory portal)
{
    private Task<AngleSharp.Dom.IDocument> OpenAsync(string path) => portal.OpenPageAsync(path);

    [Theory]
    [InlineData("/en/countries/BR")]
    [InlineData("/en/countries/br")]
    [InlineData("/en/countries/bR")]
    public async Task ShowsBrazilWhateverTheCaseOfItsCode(string path)
    {
        var page = await OpenAsync(path);

        Assert.Equal("Brazil", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("http://localhost/en/countries/br", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task OffersDownloadsOnlyWhereThereIsSomethingToDownload()
    {
        // Every member state has at least its reference bodies, so the emptiest profile has nothing else.
        var empty = await portal.QueryAsync(db => db.Countries
            .Where(c => !db.FocalPoints.Any(f => f.CountryId == c.Id)
                        && !db.MsmeDefinitions.Any(d => d.CountryId == c.Id) && !db.Observations.Any(o => o.CountryId == c.Id)
                        && !db.LegalInstruments.Any(l => l.CountryId == c.Id) && !db.SupportProgrammes.Any(p => p.CountryId == c.Id)
                        && !db.ProgressReports.Any(r => r.CountryId == c.Id && r.State == ComunidadPyme.Core.Principles.WorkflowState.Accepted))
            .OrderBy(c => c.Iso2).Select(c => c.Iso2).FirstAsync());

        var emptyPage = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync($"/es/countries/{empty.ToLowerInvariant()}"));
        var brazil = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/es/countries/br"));

        Assert.NotNull(emptyPage.QuerySelector("#downloads .profile-downloads-no-figures"));
        Assert.Equal(["json"], emptyPage.QuerySelectorAll("#downloads a[download]").Select(a => a.GetAttribute("href")!.Split('.', '/').Last()));
        Assert.Equal(3, brazil.QuerySelectorAll("#downloads a[download]").Length);
    }

    [Fact]
    public async Task WritesAccentedLettersAsThemselvesAndStillEscapesMarkup()
    {
        var response = await portal.CreateClient().GetAsync("/fr/countries/br");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        Assert.Contains("Brésil", html);
        Assert.DoesNotContain("Br&#xE9;sil", html);
        Assert.DoesNotContain("&#xE9;", html);
    }

    [Fact]
    public async Task ShowsBrazilsDefinitionInForceWithItsCeilingAndLegalSource()
    {
        var page = await OpenAsync("/en/countries/br");

        var inForce = Assert.Single(page.QuerySelectorAll("article.definition[data-in-force=true]"));
        Assert.Contains("4,800,000", inForce.QuerySelector(".threshold-table tr[data-size-class=Small]")!.TextContent);
        Assert.Contains("Lei Complementar 123", inForce.QuerySelector(".legal-source")!.TextContent);
        Assert.Contains("a currency", inForce.QuerySelector(".definition-unit")!.TextContent);
        var former = page.QuerySelectorAll("article.definition[data-in-force=false]");
        Assert.Equal(2, former.Length);
        Assert.Contains("3,600,000", former[0].TextContent);
        Assert.Contains("2,400,000", former[1].TextContent);
        Assert.Contains("check the official source", page.QuerySelector("#definitions")!.TextContent);
    }

    [Fact]
    public async Task ExplainsMexicosWeightedScoreAndChilesIndexedUnit()
    {
        var mexico = await OpenAsync("/en/countries/mx");
        var chile = await OpenAsync("/en/countries/cl");

        var score = mexico.QuerySelector(".definition-score")!.TextContent;
        Assert.Contains("employees × 0.1", score);
        Assert.Contains("÷ 1,000,000) × 0.9", score);
        Assert.Contains("93", mexico.QuerySelector(".threshold-table")!.TextContent);
        var unit = chile.QuerySelector(".definition-unit")!;
        Assert.Equal("IndexedUnit", unit.GetAttribute("data-unit-kind"));
        Assert.Contains("unidad de fomento", unit.TextContent);
    }

    [Theory]
    [InlineData("/fr/countries/zz", "Page introuvable")]
    [InlineData("/en/countries/123", "Page not found")]
    [InlineData("/es/countries/%3Cscript%3E", "Página no encontrada")]
    [InlineData("/pt/countries/bra", "Página não encontrada")]
    [InlineData("/es/countries/zz/msme-check?employees=3", "Página no encontrada")]
    public async Task ShowsTheFriendlyNotFoundPageForAnUnknownOrMalformedCode(string path, string heading)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ShowsNicaraguasWithdrawalWithItsHistoryAndNotes()
    {
        var page = await OpenAsync("/en/countries/ni");

        var status = page.QuerySelector(".membership-status")!;
        Assert.Equal("Withdrawn", status.GetAttribute("data-status"));
        Assert.Contains("Withdrawn from the OAS", status.TextContent);
        Assert.Contains("November 19, 2023", status.TextContent);
        var history = page.QuerySelector(".membership-history")!;
        Assert.Equal(3, history.QuerySelectorAll("li").Length);
        Assert.Contains("notified its denunciation of the OAS Charter", history.TextContent);
    }

    [Theory]
    [InlineData("es", "cu", "NotParticipating", "No participa desde el 31 de enero de 1962", "Punta del Este")]
    [InlineData("pt", "ve", "Active", "Estado membro desde 9 de abril de 2019", "Status disputed")]
    [InlineData("fr", "ni", "Withdrawn", "depuis le 19 novembre 2023", "took effect two years after notice")]
    public async Task ShowsEveryStatusWithItsNoteInTheVisitorsLanguage(
        string lang, string iso2, string status, string statusText, string note)
    {
        var page = await OpenAsync($"/{lang}/countries/{iso2}");

        var current = page.QuerySelector(".membership-status")!;
        Assert.Equal(status, current.GetAttribute("data-status"));
        Assert.Contains(statusText, string.Join(' ', current.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        var history = page.QuerySelector(".membership-history")!;
        Assert.Contains(note, history.TextContent);
        Assert.NotEmpty(history.QuerySelectorAll(".membership-note[lang=en]"));
    }

    [Fact]
    public async Task ShowsOnlyTheYearOfAMembershipDateKnownToTheYear()
    {
        var page = await OpenAsync("/en/countries/ca");

        var status = page.QuerySelector(".membership-status")!.TextContent;
        Assert.Contains("since 1990", status);
        Assert.DoesNotContain("January", status);
    }

    [Theory]
    [InlineData("es", "Autoridades nacionales", "Definiciones de MIPYME", "Marco jurídico", "Estadísticas")]
    [InlineData("pt", "Autoridades nacionais", "Definições de MPME", "Marco jurídico", "Estatísticas")]
    [InlineData("fr", "Autorités nationales", "Définitions des MPME", "Cadre juridique", "Statistiques")]
    public async Task ShowsItsHeadingsInTheVisitorsLanguage(string lang, params string[] headings)
    {
        var page = await OpenAsync($"/{lang}/countries/br");

        var shown = page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.All(headings, heading => Assert.Contains(heading, shown));
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task ShowsACountryWithoutContentWithoutFailing()
    {
        var page = await OpenAsync("/en/countries/bs");

        Assert.Contains("No official MSME definition is known for", page.QuerySelector("#definitions")!.TextContent);
        Assert.Null(page.QuerySelector(".sample-data-notice"));
    }
}
