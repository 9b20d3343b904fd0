using System.Globalization;
using System.Security.Claims;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Infrastructure.Exports;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

[Route("{lang:lang}/workspace/{iso2:length(2)}/import")]
public sealed class ObservationImportController(
    ObservationCatalogue catalogue,
    ObservationImportService imports,
    ImportPlanStore plans,
    ImportCommitter committer,
    ImportTemplateBuilder templates,
    IStringLocalizer<ObservationsResource> l) : CountryWorkspaceController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = ImportSizeGuardAttribute.TooLargeFlag)] string? tooLarge, CancellationToken cancellationToken)
    {
        // The message after an import is shown here, beside the link to the grid, rather than by the layout.
        var message = tooLarge == "true" ? ObservationImportService.TooLargeMessage(l) : TempData.TakeStatusMessage();
        return View(new ImportUploadViewModel(Country, [], 0, message));
    }

    [HttpGet("template.csv")]
    public Task<IActionResult> TemplateCsv(CancellationToken cancellationToken) =>
        TemplateAsync(ExportFormat.Csv, cancellationToken);

    [HttpGet("template.xlsx")]
    public Task<IActionResult> TemplateXlsx(CancellationToken cancellationToken) =>
        TemplateAsync(ExportFormat.Xlsx, cancellationToken);

    [HttpPost("")]
    [RequestSizeLimit(ImportLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportLimits.MaxRequestBytes)]
    [ImportSizeGuard]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        var result = await imports.CheckAsync(Country, UserId, file, CultureInfo.CurrentCulture, cancellationToken);
        if (result.PlanId is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new ImportUploadViewModel(Country, result.Problems, result.ProblemCount));
        }

        return RedirectToAction(nameof(Preview), new { lang = SupportedCultures.Current, iso2 = Country.Iso2, id = result.PlanId });
    }

    [HttpGet("{id:length(32)}")]
    public async Task<IActionResult> Preview(string id, CancellationToken cancellationToken)
    {
        var plan = await plans.FindAsync(id, UserId, Country.Id, cancellationToken);
        return plan is null
            ? Expired()
            : View(await ImportPreviewViewModel.BuildAsync(Country, plan, catalogue, SupportedCultures.Current, cancellationToken));
    }

    [HttpPost("{id:length(32)}/confirm")]
    public async Task<IActionResult> Confirm(string id, [FromForm] int[]? replaceNewer, CancellationToken cancellationToken)
    {
        var plan = await plans.FindAsync(id, UserId, Country.Id, cancellationToken);
        if (plan is null)
        {
            return Expired();
        }

        var outcome = await committer.CommitAsync(plan, (replaceNewer ?? []).ToHashSet(), cancellationToken);
        plans.Delete(plan.Id);
        if (!outcome.Committed)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            var rows = string.Join(", ", outcome.StaleRows.Take(20));
            return View(nameof(Index), new ImportUploadViewModel(Country, [], 0,
                l["Nothing was imported: some values were changed by someone else after your preview (rows {0}). Upload the file again to see the differences as they are now.", rows]));
        }

        TempData.SetStatusMessage(outcome.KeptNewer == 0
            ? l["Imported. Added: {0}; changed: {1}; left as they were: {2}.", outcome.Added, outcome.Changed, outcome.Unchanged]
            : l["Imported. Added: {0}; changed: {1}; left as they were: {2}; newer values kept: {3}.", outcome.Added, outcome.Changed, outcome.Unchanged, outcome.KeptNewer]);
        return RedirectToAction(nameof(Index), new { lang = SupportedCultures.Current, iso2 = Country.Iso2 });
    }

    private async Task<IActionResult> TemplateAsync(ExportFormat format, CancellationToken cancellationToken)
    {
        var table = await templates.BuildAsync(Country, SupportedCultures.Current, cancellationToken);
        var (content, contentType, extension) = TabularExporter.Write(table, format);
        return File(content, contentType, $"{table.Name}-template.{extension}");
    }

    private ViewResult Expired()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(nameof(Index), new ImportUploadViewModel(Country, [], 0,
            l["This preview is no longer available: previews are kept for an hour. Upload the file again."]));
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
}
