using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Review.Freshness;

/// <summary>The OAS data-freshness page: every country's parts, when last updated or confirmed, and the stale-data reminders.</summary>
[Authorize(Policy = Policies.Review)]
[Route("{lang:lang}/review/freshness")]
public sealed class ReviewFreshnessController(
    ReviewFreshnessService freshness,
    StaleDataReminderJob reminders,
    IStringLocalizer<ReviewFreshnessResource> l) : Controller
{
    public const string FailureKey = "ReminderRunFailure";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] FreshnessQuery query, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // An unknown sub-region or order in the address: show the whole region rather than guess.
            query = new FreshnessQuery();
            ModelState.Clear();
            ViewData["FilterNotice"] = l["A filter in the address was not understood and has been ignored."].Value;
        }

        return View(await freshness.BuildAsync(query, SupportedCultures.Current, cancellationToken));
    }

    /// <summary>Runs the reminder job now (it is safe to run twice: what was sent this period is not sent again).</summary>
    [HttpPost("reminders")]
    [Authorize(Policy = Policies.Administer)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SendReminders(CancellationToken cancellationToken)
    {
        var result = await reminders.RunAsync(cancellationToken);
        if (result.Failed > 0)
        {
            // Not a success message: the administrator should see that the mail server refused.
            TempData[FailureKey] = l["{0} reminders could not be sent; they will be retried on the next run. {1} sent.", result.Failed, result.Sent].Value;
        }
        else
        {
            TempData.SetStatusMessage(result.Sent > 0
                ? l["{0} reminders sent.", result.Sent].Value
                : l["Nothing new to remind this period: every reminder has already been sent."].Value);
        }

        return RedirectToAction(nameof(Index), new { lang = SupportedCultures.Current });
    }
}
