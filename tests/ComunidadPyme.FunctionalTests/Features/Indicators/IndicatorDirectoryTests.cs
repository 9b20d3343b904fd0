using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Indicators;

[Collection(PortalCollection.Name)]
public sealed class IndicatorDirectoryTests(PortalFactory portal)
{
    [Fact]
    public async Task ListsEveryIndicatorWithHowManyCountriesReportIt()
    {
        var page = await GetPageAsync("/en/indicators");

        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var codes = await db.Indicators.Where(i => i.IsActive).Select(i => i.Code).ToListAsync();
        var coverage = await db.Observations.GroupBy(o => o.Indicator!.Code)
            .Select(g => new { Code = g.Key, Countries = g.Select(o => o.CountryId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Countries);
        var rows = page.QuerySelectorAll("tr[data-code]").ToDictionary(r => r.GetAttribute("data-code")!);
        Assert.Equal(codes.Order(), rows.Keys.Order());
        Assert.All(codes, code => Assert.Equal(
            coverage.GetValueOrDefault(code).ToString(CultureInfo.InvariantCulture),
            rows[code].QuerySelector(".coverage-count")!.TextContent.Trim()));
        Assert.Contains(coverage.Values, count => count > 0);
        Assert.Contains("Enterprise demography", page.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task GroupsByThemeInTheVisitorsLanguage()
    {
        var page = await GetPageAsync("/pt/indicators");

        Assert.Equal("Catálogo de indicadores", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Demografia empresarial", page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Contains("Densidade de MPME", page.Body!.TextContent);
    }

    [Fact]
    public async Task ShowsTheDefinitionAndWhoReportsAnIndicatorWhateverTheLetterCase()
    {
        var page = await GetPageAsync("/en/indicators/msme_density");

        Assert.Equal("MSME density", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("MSMEs per 1,000 people", page.QuerySelector(".indicator-definition")!.TextContent);
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var brazil = await db.Observations.Where(o => o.Indicator!.Code == "MSME_DENSITY")
            .Join(db.Countries.Where(c => c.Iso2 == "BR"), o => o.CountryId, c => c.Id, (o, c) => o)
            .OrderByDescending(o => o.Year).FirstAsync();
        var reporting = await db.Observations.Where(o => o.Indicator!.Code == "MSME_DENSITY")
            .Select(o => o.CountryId).Distinct().CountAsync();
        var rows = page.QuerySelectorAll(".indicator-coverage tbody tr");
        Assert.Equal(reporting, rows.Length);
        var row = rows.Single(r => r.GetAttribute("data-iso2") == "BR");
        Assert.Equal(brazil.Value.ToString("N1", CultureInfo.GetCultureInfo("en")), row.QuerySelector(".latest-value")!.TextContent);
        Assert.Equal(brazil.IsSample, page.QuerySelector("#coverage-heading .sample-badge") is not null || row.QuerySelector(".sample-badge") is not null);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/en/compare?indicator=MSME_DENSITY");
    }

    [Theory]
    [InlineData("/en/indicators/nope", "Page not found")]
    [InlineData("/es/indicators/nope", "Página no encontrada")]
    [InlineData("/fr/indicators/%27%20OR%201%3D1", "Page introuvable")]
    public async Task AnswersNotFoundForAnUnknownCodeInTheVisitorsLanguage(string address, string heading)
    {
        var response = await portal.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
    }

    private async Task<IDocument> GetPageAsync(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }
}
