using ComunidadPyme.Core.Principles;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Review;

/// <summary>The OAS reviewers' queue and each report's review page, with its actions and thread.</summary>
[Authorize(Policy = Policies.Review)]
[Route("{lang:lang}/review")]
public sealed class ReviewController(
    ReviewQueueService queue,
    ReportReviewService reviews,
    ReviewEmails emails,
    IValidator<ReviewActionForm> validator,
    IStringLocalizer<ReviewResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ReviewQueueQuery query, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // An unknown state, region or a non-numeric id in the address: show the default queue rather than guess.
            query = new ReviewQueueQuery();
            ModelState.Clear();
            ViewData["FilterNotice"] = l["A filter in the address was not understood and has been ignored."].Value;
        }

        return View(await queue.BuildAsync(query, SupportedCultures.Current, cancellationToken));
    }

    [HttpGet("reports/{id:int}")]
    public async Task<IActionResult> Report(int id, CancellationToken cancellationToken) =>
        await reviews.LoadAsync(id, SupportedCultures.Current, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("reports/{id:int}/accept")]
    public Task<IActionResult> Accept(int id, ReviewActionForm form, CancellationToken cancellationToken) =>
        ActAsync(id, ReviewAction.Accept, form, cancellationToken);

    [HttpPost("reports/{id:int}/return")]
    public Task<IActionResult> Return(int id, ReviewActionForm form, CancellationToken cancellationToken) =>
        ActAsync(id, ReviewAction.Return, form, cancellationToken);

    [HttpPost("reports/{id:int}/comment")]
    public Task<IActionResult> Comment(int id, ReviewActionForm form, CancellationToken cancellationToken) =>
        ActAsync(id, ReviewAction.Comment, form, cancellationToken);

    [HttpPost("reports/{id:int}/reopen")]
    public Task<IActionResult> Reopen(int id, ReviewActionForm form, CancellationToken cancellationToken) =>
        ActAsync(id, ReviewAction.Reopen, form, cancellationToken);

    [HttpPost("reports/{id:int}/assess")]
    public Task<IActionResult> Assess(int id, ReviewActionForm form, CancellationToken cancellationToken) =>
        ActAsync(id, ReviewAction.Assess, form, cancellationToken);

    /// <summary>An administrator corrects the OAS level of an accepted report of a closed cycle, with the reason.</summary>
    [HttpPost("reports/{id:int}/correct")]
    [Authorize(Roles = Roles.Administrator)]
    public Task<IActionResult> Correct(int id, ReviewActionForm form, CancellationToken cancellationToken) =>
        ActAsync(id, ReviewAction.Correct, form, cancellationToken);

    private async Task<IActionResult> ActAsync(int id, ReviewAction action, ReviewActionForm form, CancellationToken cancellationToken)
    {
        form.Action = action;
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, action.ToString());
            return await ShowAsync(id, form, StatusCodes.Status200OK, cancellationToken);
        }

        var (outcome, notice, now) = await reviews.ActAsync(id, action, form.Version, form.Text, form.Level, cancellationToken, form.Rationale);
        switch (outcome)
        {
            case ReviewOutcome.Done:
                if (notice is not null)
                {
                    await emails.NotifyAsync(notice, HttpContext, cancellationToken);
                }

                TempData.SetStatusMessage(Done(action));
                return RedirectToAction(nameof(Report), new { lang = SupportedCultures.Current, id });
            case ReviewOutcome.Conflict:
                ModelState.AddModelError(string.Empty, now is { } state
                    ? l["Someone else acted on this report while you were reading it; it is now \"{0}\". Nothing was changed: check the report and act again.", l[$"WorkflowState.{state}"]]
                    : l["Someone else acted on this report while you were reading it. Nothing was changed: check the report and act again."]);
                return await ShowAsync(id, form, StatusCodes.Status409Conflict, cancellationToken);
            case ReviewOutcome.NotAllowed:
                ModelState.AddModelError(string.Empty, l["This report is \"{0}\", so it cannot be {1} now. Nothing was changed.",
                    l[$"WorkflowState.{now}"], l[$"Verb.{action}"]]);
                return await ShowAsync(id, form, StatusCodes.Status409Conflict, cancellationToken);
            case ReviewOutcome.CycleClosed:
                ModelState.AddModelError(string.Empty, l["This report's cycle is closed: its reports are frozen. Nothing was changed."]);
                return await ShowAsync(id, form, StatusCodes.Status409Conflict, cancellationToken);
            default:
                return NotFound();
        }
    }

    private string Done(ReviewAction action) => action switch
    {
        ReviewAction.Accept => l["Accepted. The country's focal points have been told, and the report is public."],
        ReviewAction.Return => l["Returned to the country with your comment. Its focal points have been told."],
        ReviewAction.Reopen => l["Reopened: the report is back with the country. Its focal points have been told."],
        ReviewAction.Comment => l["Comment added. The country's focal points have been told."],
        ReviewAction.Correct => l["The OAS level has been corrected; the reason is in the thread and the country's focal points have been told."],
        _ => l["Your assessment has been saved."],
    };

    /// <summary>The review page again, with the problem and what the reviewer typed, at the current version.</summary>
    private async Task<IActionResult> ShowAsync(int id, ReviewActionForm form, int status, CancellationToken cancellationToken)
    {
        var page = await reviews.LoadAsync(id, SupportedCultures.Current, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        ViewData["Posted"] = form;
        Response.StatusCode = status;
        return View(nameof(Report), page);
    }
}
