using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Problems;

/// <summary>
/// "Report a problem" on a figure, a law or a programme: no account, an optional address for the answer. The report
/// lands as a ticket in the country's workspace. Bots filling the hidden field are thanked and ignored; too many
/// reports from one client or for one address in an hour get a 429 page.
/// </summary>
[Route("{lang:lang}/report-problem")]
public sealed class ProblemsController(
    ProblemReportService problems,
    ProblemReportLimiter limiter,
    IValidator<ProblemReportForm> validator,
    ILogger<ProblemsController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> New([FromQuery] ProblemReportForm form, CancellationToken cancellationToken)
    {
        var target = await problems.FindTargetAsync(form, SupportedCultures.Current, cancellationToken);
        return target is null ? NotFound() : View(new ProblemReportPage(target, form));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Send([FromForm] ProblemReportForm form, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        if (await problems.FindTargetAsync(form, language, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(form.Website))
        {
            logger.LogInformation("A problem report filled the honeypot field and was dropped");
            return View("Sent", target);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        validation.AddToModelState(ModelState);
        if (!validation.IsValid)
        {
            return View("New", new ProblemReportPage(target, form));
        }

        if (!limiter.TryAcquireClient(HttpContext) || form.CleanEmail is { } address && !limiter.TryAcquireAddress(address))
        {
            logger.LogWarning("Too many problem reports from {IpAddress}", HttpContext.Connection.RemoteIpAddress);
            Response.Headers.RetryAfter = "3600";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return View("TooMany", target);
        }

        await problems.CreateAsync(target, form, language, cancellationToken);
        return View("Sent", target);
    }
}

public sealed record ProblemReportPage(ProblemTarget Target, ProblemReportForm Form);
