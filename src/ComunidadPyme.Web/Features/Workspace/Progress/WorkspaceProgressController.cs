using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Review;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Progress;

[Route("{lang:lang}/workspace/{iso2:length(2)}/progress")]
public sealed class WorkspaceProgressController(
    ProgressEditor editor,
    IValidator<ProgressForm> validator,
    IStringLocalizer<EditingResource> text,
    WorkspaceText<WorkspaceProgressResource> l,
    ReviewEmails emails)
    : CountryRecordsController<ProgressForm>(editor, validator, text)
{
    [HttpGet("")]
    [ReadableByCountryReaders]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await editor.ListAsync(Country.Id, cancellationToken));

    [HttpPost("{id:int}/submit")]
    public async Task<IActionResult> Submit(int id, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        switch (await editor.SubmitAsync(Country, id, version, cancellationToken))
        {
            case EditOutcome.Saved:
                await emails.NotifyAsync(
                    new ReviewNotice(id, Country.Id, Country.Iso2, ReviewAction.Submit, null, User.Identity?.Name ?? string.Empty),
                    HttpContext, cancellationToken);
                TempData.SetStatusMessage(l["Submitted. The reviewers have been given the report."]);
                return RedirectToAction(nameof(Index), new { lang = SupportedCultures.Current, iso2 = Country.Slug });
            case EditOutcome.Conflict:
                TempData.SetStatusMessage(l["Someone changed the report after you opened the list. Check it, then submit again."]);
                return RedirectToAction(nameof(Edit), new { lang = SupportedCultures.Current, iso2 = Country.Slug, id });
            case EditOutcome.Locked:
                return StatusCode(StatusCodes.Status409Conflict);
            default:
                return NotFound();
        }
    }

    [HttpPost("{id:int}/still-true")]
    public async Task<IActionResult> ConfirmCarriedForward(int id, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        switch (await editor.ConfirmCarriedForwardAsync(Country, id, version, cancellationToken))
        {
            case EditOutcome.Saved:
                TempData.SetStatusMessage(l["Confirmed: the report carried forward from the previous cycle is still true."]);
                return RedirectToAction(nameof(Index), new { lang = SupportedCultures.Current, iso2 = Country.Slug });
            case EditOutcome.Conflict:
                TempData.SetStatusMessage(l["Someone changed the report after you opened the list. Check it, then confirm again."]);
                return RedirectToAction(nameof(Index), new { lang = SupportedCultures.Current, iso2 = Country.Slug });
            case EditOutcome.Locked:
                return StatusCode(StatusCodes.Status409Conflict);
            default:
                return NotFound();
        }
    }
}
