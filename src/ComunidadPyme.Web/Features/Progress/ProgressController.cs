using ComunidadPyme.Core.Principles;
using ComunidadPyme.Web.Infrastructure.Caching;
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
    public async Task<IActionResult> Index(string? cycle, CancellationToken cancellationToken)
    {
        var cycleId = FilterValue.TryInt(cycle, 1, int.MaxValue, out var id) ? id : (int?)null;
        var model = await matrix.MatrixAsync(cycleId, SupportedCultures.Current, cancellationToken);
        if (!FilterValue.IsEmpty(cycle) && model.Cycle?.Id != cycleId)
        {
            ModelState.AddModelError(nameof(cycle),
                l["“{0}” is not a reporting cycle: the latest cycle is shown.", FilterValue.Echo(cycle)]);
        }

        return View(model);
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
