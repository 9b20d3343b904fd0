using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Progress;
using ComunidadPyme.Web.Infrastructure.Exports;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Review.Matrix;

/// <summary>
/// The reviewers' progress matrix: every report of a cycle in any state, the country's level and the reviewer's
/// side by side, gaps flagged, the change since the previous cycle; a cell opens the report's review page.
/// </summary>
[Authorize(Policy = Policies.Review)]
[Route("{lang:lang}/review/matrix")]
public sealed class ReviewMatrixController(
    ProgressMatrixService matrix,
    IStringLocalizer<ReviewMatrixResource> l,
    IStringLocalizer<ProgressResource> progressText) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ProgressMatrixQuery query, CancellationToken cancellationToken)
    {
        var filter = ProgressMatrixService.Read(query, out var ignored);
        var model = await matrix.MatrixAsync(MatrixAudience.Reviewers, filter, SupportedCultures.Current, cancellationToken);
        foreach (var (name, value) in ignored)
        {
            ModelState.AddModelError(name, name == ProgressMatrixService.Filters.Cycle
                ? l["“{0}” is not a reporting cycle: the open cycle is shown.", value]
                : progressText["“{0}” is not a sub-region: every sub-region is shown.", value]);
        }

        if (filter.CycleId is { } cycleId && model.Cycle?.Id != cycleId)
        {
            ModelState.AddModelError(ProgressMatrixService.Filters.Cycle,
                l["“{0}” is not a reporting cycle: the open cycle is shown.", cycleId]);
        }

        return View(model);
    }

    /// <summary>The matrix as shown (same cycle and filters), with each report's state; an empty cycle gives headers and a note.</summary>
    [HttpGet("data.csv")]
    public Task<IActionResult> MatrixCsv([FromQuery] ProgressMatrixQuery query, CancellationToken cancellationToken) =>
        DownloadAsync(query, ExportFormat.Csv, cancellationToken);

    [HttpGet("data.xlsx")]
    public Task<IActionResult> MatrixXlsx([FromQuery] ProgressMatrixQuery query, CancellationToken cancellationToken) =>
        DownloadAsync(query, ExportFormat.Xlsx, cancellationToken);

    private async Task<IActionResult> DownloadAsync(ProgressMatrixQuery query, ExportFormat format, CancellationToken cancellationToken)
    {
        var filter = ProgressMatrixService.Read(query, out _);
        var model = await matrix.MatrixAsync(MatrixAudience.Reviewers, filter, SupportedCultures.Current, cancellationToken);
        var data = ProgressMatrixExport.ToTabularData(model, progressText["No reports for this cycle."]);
        var (content, contentType, extension) = TabularExporter.Write(data, format);
        return File(content, contentType, $"{data.Name}.{extension}");
    }
}
