using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Progress;
using ComunidadPyme.Web.Infrastructure.Exports;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Review.Dialogue;

/// <summary>
/// The report of a cycle for the next Dialogue: a print-ready page (A4), the same as a workbook, and a one-page
/// briefing per country. For the OAS reviewers and administrators.
/// </summary>
[Authorize(Policy = Policies.Review)]
[Route("{lang:lang}/review/report")]
public sealed class DialogueReportController(
    DialogueReportService reports, ProgressMatrixService matrices, DialogueWorkbook workbook) : Controller
{
    /// <summary>The cycles, newest first, each with its report, workbook and briefings.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await matrices.CyclesAsync(SupportedCultures.Current, cancellationToken));

    [HttpGet("{cycleId:int}")]
    public async Task<IActionResult> Report(int cycleId, CancellationToken cancellationToken) =>
        await reports.BuildAsync(cycleId, SupportedCultures.Current, cancellationToken) is { } report ? View(report) : NotFound();

    [HttpGet("{cycleId:int}/report.xlsx")]
    public async Task<IActionResult> Workbook(int cycleId, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        if (await reports.BuildAsync(cycleId, language, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        return File(TabularExporter.ToXlsx(workbook.Sheets(report, language)), TabularExporter.XlsxContentType,
            $"{DialogueWorkbook.FileName(report, language)}.xlsx");
    }

    [HttpGet("{cycleId:int}/briefing/{iso2:length(2)}")]
    public async Task<IActionResult> Briefing(int cycleId, string iso2, CancellationToken cancellationToken) =>
        await reports.BriefingAsync(cycleId, iso2, SupportedCultures.Current, cancellationToken) is { } briefing
            ? View(briefing)
            : NotFound();
}
