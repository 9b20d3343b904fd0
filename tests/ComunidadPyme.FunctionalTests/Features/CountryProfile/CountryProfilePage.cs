using System.Net;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Infrastructure;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.CountryProfile;

[Collection(PortalCollection.Name)]
public sealed class CountryProfilePage(PortalFactory portal)
{
    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        using var scope = portal.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task<AngleSharp.Dom.IDocument> OpenAsync(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    [Theory]
    [InlineData("/en/countries/BR")]
    [InlineData("/en/countries/br")]
    [InlineData("/en/countries/bR")]
    public async Task ShowsBrazilWhateverTheCaseOfItsCode(string path)
    {
        var page = await OpenAsync(path);

        Assert.Equal("Brazil", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/en/countries/br", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ShowsBrazilsDefinitionInForceWithItsCeilingAndLegalSource()
    {
        var page = await OpenAsync("/en/countries/br");

        var inForce = Assert.Single(page.QuerySelectorAll("article.definition[data-in-force=true]"));
        Assert.Contains("4,800,000", inForce.QuerySelector(".threshold-table tr[data-size-class=Small]")!.TextContent);
        Assert.Contains("Lei Complementar 123", inForce.QuerySelector(".legal-source")!.TextContent);
        Assert.Contains("a currency", inForce.QuerySelector(".definition-unit")!.TextContent);
        var former = Assert.Single(page.QuerySelectorAll("article.definition[data-in-force=false]"));
        Assert.Contains("3,600,000", former.TextContent);
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
    public async Task NeverShowsAFocalPointsContactDetailsThatAreNotPublic()
    {
        var focalPoints = await QueryAsync(db => db.FocalPoints.AsNoTracking()
            .Join(db.Countries, f => f.CountryId, c => c.Id, (f, c) => new { c.Iso2, f.Email, f.PublicFields })
            .Where(f => f.Iso2 == "BR").ToListAsync());
        var html = await (await portal.CreateClient().GetAsync("/en/countries/br")).Content.ReadAsStringAsync();

        var hidden = focalPoints.Where(f => !f.PublicFields.HasFlag(ContactFields.Email)).Select(f => f.Email!).ToList();
        var shown = focalPoints.Where(f => f.PublicFields.HasFlag(ContactFields.Email)).Select(f => f.Email!).ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, email => Assert.DoesNotContain(email, html));
        Assert.All(shown, email => Assert.Contains(email, html));
        Assert.Contains("Details last confirmed on March 1, 2025.", html);
    }

    [Fact]
    public async Task ShowsOnlyTheAcceptedProgressReports()
    {
        var reports = await QueryAsync(db => db.ProgressReports.AsNoTracking()
            .Where(r => db.Countries.Any(c => c.Id == r.CountryId && c.Iso2 == "MX"))
            .Select(r => new { r.State, r.Principle!.Kind, r.Principle.Number }).ToListAsync());
        var page = await OpenAsync("/en/countries/mx");

        var shown = page.QuerySelectorAll(".progress-report").Select(e => e.GetAttribute("data-principle")!).Order().ToList();
        var accepted = reports.Where(r => r.State == WorkflowState.Accepted).Select(r => $"{r.Kind}-{r.Number}").Order().ToList();
        Assert.Contains(reports, r => r.State != WorkflowState.Accepted);
        Assert.NotEmpty(accepted);
        Assert.Equal(accepted, shown);
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
    public async Task FormatsFiguresInTheVisitorsCulture()
    {
        var page = await OpenAsync("/fr/countries/br");

        var density = page.QuerySelector("[data-indicator=MSME_DENSITY] tbody td")!.TextContent.Trim();
        Assert.Matches(@"^\d+,\d$", density);
    }

    [Fact]
    public async Task ListsEveryIndicatorWithATableRowPerObservationAndAChart()
    {
        var counts = await QueryAsync(db => db.Observations.AsNoTracking()
            .Where(o => db.Countries.Any(c => c.Id == o.CountryId && c.Iso2 == "CO"))
            .GroupBy(o => o.Indicator!.Code).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync());
        var page = await OpenAsync("/en/countries/co");

        Assert.NotEmpty(counts);
        foreach (var indicator in counts)
        {
            var series = page.QuerySelector($"section.indicator-series[data-indicator={indicator.Code}]");
            Assert.NotNull(series);
            Assert.Equal(indicator.Count, series.QuerySelectorAll("tbody tr").Length);
            Assert.NotNull(series.QuerySelector("canvas[data-chart=line]"));
            Assert.NotNull(series.QuerySelector("script[type='application/json']"));
        }

        Assert.Equal(4, page.QuerySelectorAll(".key-statistic").Length);
        Assert.NotNull(page.QuerySelector(".sample-data-notice"));
    }

    [Fact]
    public async Task SaysWhenEachPartWasLastUpdated()
    {
        var page = await OpenAsync("/en/countries/br");

        foreach (var section in new[] { "authorities", "definitions", "statistics", "legal-framework", "programmes", "progress" })
        {
            Assert.Contains("Last updated on", page.QuerySelector($"#{section} .section-freshness")!.TextContent);
        }
    }

    [Fact]
    public async Task ShowsACountryWithoutContentWithoutFailing()
    {
        var page = await OpenAsync("/en/countries/bs");

        Assert.Contains("No MSME definition has been recorded yet.", page.Body!.TextContent);
        Assert.Null(page.QuerySelector(".sample-data-notice"));
    }
}
