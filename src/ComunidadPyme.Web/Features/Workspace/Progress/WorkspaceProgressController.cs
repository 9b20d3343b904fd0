using ComunidadPyme.Core.Common;
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

    [HttpPost("{id:int}/comment")]
    public async Task<IActionResult> Comment(int id, [FromForm] Guid version, [FromForm] string? text, CancellationToken cancellationToken)
    {
        var written = text?.Trim() ?? string.Empty;
        if (written.Length == 0 || written.Length > FieldLengths.Comment)
        {
            ModelState.AddModelError("Comment", written.Length == 0
                ? l["Write the comment."]
                : l["Keep the comment to {0} characters or fewer.", FieldLengths.Comment]);
            return await ShowEditAsync(id, text, StatusCodes.Status200OK, cancellationToken);
        }

        switch (await editor.CommentAsync(Country, id, version, written, cancellationToken))
        {
            case EditOutcome.Saved:
                await emails.NotifyAsync(
                    new ReviewNotice(id, Country.Id, Country.Iso2, ReviewAction.CountryComment, written, User.Identity?.Name ?? string.Empty),
                    HttpContext, cancellationToken);
                TempData.SetStatusMessage(l["Sent. The reviewers have been told."]);
                return RedirectToAction(nameof(Edit), new { lang = SupportedCultures.Current, iso2 = Country.Slug, id });
            case EditOutcome.Conflict:
                ModelState.AddModelError("Comment", l["The report changed while you were writing. Nothing was sent: your text is below, send it again."]);
                return await ShowEditAsync(id, text, StatusCodes.Status409Conflict, cancellationToken);
            case EditOutcome.Locked:
                return StatusCode(StatusCodes.Status409Conflict);
            default:
                return NotFound();
        }
    }

    /// <summary>The report's page again, with the problem and the text the person wrote.</summary>
    private async Task<IActionResult> ShowEditAsync(int id, string? text, int status, CancellationToken cancellationToken)
    {
        if (await editor.LoadAsync(Country, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["CommentText"] = text;
        Response.StatusCode = status;
        return View(nameof(Edit), page);
    }
}
