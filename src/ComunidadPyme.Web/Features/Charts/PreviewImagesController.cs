using ComunidadPyme.Web.Features.Compare;
using ComunidadPyme.Web.Features.CountryProfile;
using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Charts;

/// <summary>
/// The picture a messaging app or social network shows for a link to a country, an indicator or a comparison: a
/// 1200 × 630 PNG of the page's main chart, titled with the country or indicator, cached like the page.
/// </summary>
public sealed class PreviewImagesController(
    CountryProfileService profiles,
    ComparePageService compare,
    ChartFactory charts,
    IStringLocalizer<ChartResource> text) : Controller
{
    [HttpGet("~/{lang:lang}/countries/{iso2}/preview.png")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public async Task<IActionResult> Country(string iso2, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        if (await profiles.FindCountryAsync(iso2, cancellationToken) is not { } country)
        {
            return NotFound();
        }

        foreach (var code in KeyStatistic.HeadlineCodes)
        {
            if (await profiles.SeriesAsync(country.Iso2, code, language, cancellationToken) is { Series.Points.Count: > 0 } found)
            {
                return Image(charts.Series(found.Series, found.CountryName));
            }
        }

        return Image(charts.Empty(text["{0}: MSME policy profile", country.Name.In(language)]));
    }

    [HttpGet("~/{lang:lang}/indicators/{code}/preview.png")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Indicator(string code, CancellationToken cancellationToken)
    {
        var catalogue = await compare.LoadCatalogueAsync(SupportedCultures.Current, cancellationToken);
        var indicator = catalogue.Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
        if (indicator is null)
        {
            return NotFound();
        }

        // The countries that report it, as the compare page would show them by default (up to eight lines stay legible).
        var reporting = catalogue.Countries.Where(c => indicator.ReportingCountryIds.Contains(c.Id)).Take(8).Select(c => c.Iso2).ToArray();
        return await ComparisonAsync(new CompareQuery { Indicator = indicator.Code, Countries = reporting, View = "line" }, cancellationToken);
    }

    [HttpGet("~/{lang:lang}/compare/preview.png")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public Task<IActionResult> Comparison([FromQuery] CompareQuery query, CancellationToken cancellationToken) =>
        ComparisonAsync(query, cancellationToken);

    private async Task<IActionResult> ComparisonAsync(CompareQuery query, CancellationToken cancellationToken) =>
        await compare.ChartAsync(query, SupportedCultures.Current, cancellationToken) is { } chart ? Image(chart.Spec) : NotFound();

    private FileContentResult Image(ChartSpec spec) => File(ChartFactory.Preview(spec), PngChartWriter.ContentType);
}
