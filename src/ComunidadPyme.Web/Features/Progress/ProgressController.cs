using ComunidadPyme.Core.Principles;
using ComunidadPyme.Web.Infrastructure.Caching;
using ComunidadPyme.Web.Infrastructure.Exports;
using ComunidadPyme.Web.Infrastructure.Filters;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Progress;

[Route("{lang:lang}/progress")]
public sealed class ProgressController(
    ProgressMatrixService matrix, ProgressReportService reports, IStringLocalizer<ProgressResource> l) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public async Task<IActionResult> Index([FromQuery] ProgressMatrixQuery query, CancellationToken cancellationToken)
    {
        var filter = ProgressMatrixService.Read(query, out var ignored);
        var model = await matrix.MatrixAsync(MatrixAudience.Public, filter, SupportedCultures.Current, cancellationToken);
        foreach (var (name, value) in ignored)
        {
            ModelState.AddModelError(name, name == ProgressMatrixService.Filters.Cycle
                ? l["“{0}” is not a reporting cycle: the latest cycle is shown.", value]
                : l["“{0}” is not a sub-region: every sub-region is shown.", value]);
        }

        if (filter.CycleId is { } cycleId && model.Cycle?.Id != cycleId)
        {
            ModelState.AddModelError(ProgressMatrixService.Filters.Cycle,
                l["“{0}” is not a reporting cycle: the latest cycle is shown.", FilterValue.Echo(query.Cycle)]);
        }

        return View(model);
    }

    /// <summary>The matrix as shown (same cycle and filters) as CSV; a cycle without reports gives the headers and a note.</summary>
    [HttpGet("matrix.csv")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public Task<IActionResult> MatrixCsv([FromQuery] ProgressMatrixQuery query, CancellationToken cancellationToken) =>
        DownloadAsync(query, ExportFormat.Csv, cancellationToken);

    [HttpGet("matrix.xlsx")]
    [OutputCache(PolicyName = PublicCache.SharedPage)]
    public Task<IActionResult> MatrixXlsx([FromQuery] ProgressMatrixQuery query, CancellationToken cancellationToken) =>
        DownloadAsync(query, ExportFormat.Xlsx, cancellationToken);

    private async Task<IActionResult> DownloadAsync(ProgressMatrixQuery query, ExportFormat format, CancellationToken cancellationToken)
    {
        var filter = ProgressMatrixService.Read(query, out _);
        var model = await matrix.MatrixAsync(MatrixAudience.Public, filter, SupportedCultures.Current, cancellationToken);
        var data = ProgressMatrixExport.ToTabularData(model, l["No reports for this cycle."]);
        var (content, contentType, extension) = TabularExporter.Write(data, format);
        return File(content, contentType, $"{data.Name}.{extension}");
    }

    [HttpGet("{iso2:length(2)}/{number:int}")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public Task<IActionResult> Principle(string iso2, int number, string? cycle, CancellationToken cancellationToken) =>
        ReportAsync(iso2, PrincipleKind.Principle, number, cycle, cancellationToken);

    [HttpGet("{iso2:length(2)}/areas/{number:int}")]
    [OutputCache(PolicyName = PublicCache.CountryPage)]
    public Task<IActionResult> AreaOfEmphasis(string iso2, int number, string? cycle, CancellationToken cancellationToken) =>
        ReportAsync(iso2, PrincipleKind.AreaOfEmphasis, number, cycle, cancellationToken);

    private async Task<IActionResult> ReportAsync(
        string iso2, PrincipleKind kind, int number, string? cycle, CancellationToken cancellationToken)
    {
        int? cycleId = null;
        if (!FilterValue.IsEmpty(cycle))
        {
            if (!FilterValue.TryInt(cycle, 1, int.MaxValue, out var id))
            {
                return NotFound();
            }

            cycleId = id;
        }

        var report = await reports.FindAsync(iso2, kind, number, cycleId, SupportedCultures.Current, cancellationToken);
        return report is null ? NotFound() : View("Report", report);
    }
}
