using ComunidadPyme.Web.Features.Charts;
using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Infrastructure.Exports;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>
/// Compares one indicator across countries and years. Whatever the address holds, the page answers: each
/// problem gets a message and the comparison falls back to sensible choices.
/// </summary>
[Route("{lang:lang}/compare")]
public sealed class CompareController(
    ComparePageService compare,
    IValidator<CompareRequest> validator,
    CompareTableExport export,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Index([FromQuery] CompareQuery query, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        var catalogue = await compare.LoadCatalogueAsync(language, cancellationToken);
        var validation = await validator.ValidateAsync(new CompareRequest(query, catalogue), cancellationToken);
        validation.AddToModelState(ModelState);
        var selection = compare.Resolve(query, catalogue);
        return View(await compare.BuildAsync(selection, catalogue, cancellationToken));
    }

    [HttpGet("data.csv")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public Task<IActionResult> Csv([FromQuery] CompareQuery query, CancellationToken cancellationToken) =>
        DownloadAsync(query, ExportFormat.Csv, cancellationToken);

    [HttpGet("data.xlsx")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public Task<IActionResult> Xlsx([FromQuery] CompareQuery query, CancellationToken cancellationToken) =>
        DownloadAsync(query, ExportFormat.Xlsx, cancellationToken);

    [HttpGet("chart.svg")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Svg([FromQuery] CompareQuery query, CancellationToken cancellationToken) =>
        await ChartAsync(query, spec => File(System.Text.Encoding.UTF8.GetBytes(ChartFactory.Svg(spec, "chart", standalone: true)),
            "image/svg+xml", "comunidad-pyme-compare.svg"), cancellationToken);

    [HttpGet("chart.png")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Png([FromQuery] CompareQuery query, CancellationToken cancellationToken) =>
        await ChartAsync(query, spec => File(ChartFactory.Png(spec), PngChartWriter.ContentType, "comunidad-pyme-compare.png"), cancellationToken);

    private async Task<IActionResult> ChartAsync(CompareQuery query, Func<ChartSpec, IActionResult> file, CancellationToken cancellationToken) =>
        await compare.ChartAsync(query, SupportedCultures.Current, cancellationToken) is { } chart ? file(chart.Spec) : NotFound();

    private async Task<IActionResult> DownloadAsync(CompareQuery query, ExportFormat format, CancellationToken cancellationToken)
    {
        var catalogue = await compare.LoadCatalogueAsync(SupportedCultures.Current, cancellationToken);
        var selection = compare.Resolve(query, catalogue);
        var table = await compare.LoadTableAsync(selection, cancellationToken);
        var context = DownloadContext(selection);
        var data = export.Data(selection, table, context);
        return format == ExportFormat.Xlsx
            ? File(TabularExporter.ToXlsx([data, export.About(selection, table, context)]),
                TabularExporter.XlsxContentType, $"{data.Name}.xlsx")
            : File(TabularExporter.ToCsv(data), TabularExporter.CsvContentType, $"{data.Name}.csv");
    }

    private CompareDownloadContext DownloadContext(CompareSelection selection)
    {
        var language = SupportedCultures.Current;
        var comparison = new RouteValueDictionary { ["lang"] = language };
        foreach (var (name, value) in selection.ToRouteValues())
        {
            comparison[name] = value;
        }

        return new CompareDownloadContext(
            Url.Action(nameof(Index), "Compare", comparison, Request.Scheme)!,
            selection.Indicator is { } indicator
                ? Url.Action("Details", "Indicators", new { lang = language, code = indicator.Code }, Request.Scheme)!
                : Url.Action("Index", "Indicators", new { lang = language }, Request.Scheme)!,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
