using System.Globalization;
using System.Text;
using ComunidadPyme.Web.Features.CountryProfile;
using ComunidadPyme.Web.Features.OpenData;
using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Infrastructure.Exports;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Charts;

/// <summary>
/// A country's chart of one indicator as files that travel: SVG, PNG and the CSV of exactly its data. Each answers
/// 404 for an unknown country or indicator, and draws "no figures yet" for an indicator the country has not reported.
/// </summary>
[Route("{lang:lang}/countries/{iso2}/series/{code}")]
public sealed class SeriesChartsController(
    CountryProfileService profiles,
    SeriesChartService charts,
    IStringLocalizer<ChartResource> text,
    IStringLocalizer<SharedResource> shared,
    TimeProvider clock) : Controller
{
    public const string SvgContentType = "image/svg+xml";

    [HttpGet("~/{lang:lang}/countries/{iso2}/series/{code}.svg")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public async Task<IActionResult> Svg(string iso2, string code, CancellationToken cancellationToken)
    {
        if (await charts.ChartAsync(iso2, code, SupportedCultures.Current, cancellationToken) is not var (spec, series))
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(ChartFactory.Svg(spec, "chart", standalone: true)), SvgContentType, FileName(series, "svg"));
    }

    [HttpGet("~/{lang:lang}/countries/{iso2}/series/{code}.png")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public async Task<IActionResult> Png(string iso2, string code, CancellationToken cancellationToken)
    {
        if (await charts.ChartAsync(iso2, code, SupportedCultures.Current, cancellationToken) is not var (spec, series))
        {
            return NotFound();
        }

        return File(ChartFactory.Png(spec), PngChartWriter.ContentType, FileName(series, "png"));
    }

    /// <summary>Exactly the chart's figures, each row with its unit, status, source, sample flag, licence and citation.</summary>
    [HttpGet("~/{lang:lang}/countries/{iso2}/series/{code}.csv")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public async Task<IActionResult> Csv(string iso2, string code, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        if (await profiles.SeriesAsync(iso2, code, language, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var series = found.Series;
        var page = Url.Action("Show", "CountryProfile", new { lang = language, iso2 = found.Country.Slug }, Request.Scheme, null, series.ElementId)!;
        var retrieved = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var citation = text["{0} ({1}). “{2} — {3}”. {4} (retrieved {5}). Licence: {6}.",
            OpenDataLicence.Publisher, retrieved.Year.ToString(CultureInfo.InvariantCulture), series.Name, found.CountryName, page,
            retrieved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), OpenDataLicence.Identifier].Value;
        var table = new TabularData(FileName(found, "csv"),
            ["country_iso2", "country", "indicator_code", "indicator", "period", "value", "unit", "status", "source", "sample", "licence", "citation"],
            [.. series.Points.Select(p => (IReadOnlyList<object?>)
            [
                found.Country.Iso2, found.CountryName, series.Code, series.Name, p.Period, p.Value, series.Unit,
                p.Status.ToString(), SourceNoteText.For(p.SourceNote, shared), p.IsSample, OpenDataLicence.Identifier, citation,
            ])]);
        return File(TabularExporter.ToCsv(table), TabularExporter.CsvContentType, FileName(found, "csv"));
    }

    private static string FileName(CountrySeries series, string extension) =>
        $"comunidad-pyme-{series.Country.Slug}-{series.Series.Code.ToLowerInvariant().Replace('_', '-')}-{SupportedCultures.Current}.{extension}";
}
