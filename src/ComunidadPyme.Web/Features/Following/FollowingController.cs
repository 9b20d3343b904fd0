using ComunidadPyme.Core.Following;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Following;

/// <summary>
/// Follow a country, an indicator, a legal topic (or every law, or everything) by e-mail, without an account. Links
/// in e-mails open pages whose buttons do the change (POST), so that mail scanners following links change nothing;
/// the unsubscribe address also takes the one-click POST of RFC 8058, which carries no anti-forgery token.
/// </summary>
[Route("{lang:lang}/follow")]
public sealed class FollowingController(
    FollowService following,
    FollowLimiter limiter,
    IValidator<FollowForm> validator,
    ILogger<FollowingController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> New(FollowedKind? kind, string? key, CancellationToken cancellationToken)
    {
        var form = new FollowForm { Kind = kind ?? FollowedKind.Everything, Key = key };
        var followed = await following.DescribeAsync(form.Kind, key, SupportedCultures.Current, cancellationToken);
        return followed is null ? NotFound() : View(new FollowPage(followed, form));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Send([FromForm] FollowForm form, CancellationToken cancellationToken)
    {
        var language = SupportedCultures.Current;
        if (await following.DescribeAsync(form.Kind, form.Key, language, cancellationToken) is not { } followed)
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(form.Website))
        {
            return View("CheckInbox", followed);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        validation.AddToModelState(ModelState);
        if (!validation.IsValid)
        {
            return View("New", new FollowPage(followed, form));
        }

        if (!limiter.TryAcquireClient(HttpContext))
        {
            logger.LogWarning("Too many follow requests from {IpAddress}", HttpContext.Connection.RemoteIpAddress);
            Response.Headers.RetryAfter = "3600";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return View("TooMany");
        }

        // Over the address's limit nothing is sent, and the page says the same as always.
        if (limiter.TryAcquireAddress(form.CleanEmail))
        {
            await following.RequestAsync(followed, form.CleanEmail, form.Frequency, language, cancellationToken);
        }

        return View("CheckInbox", followed);
    }

    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(string? token, CancellationToken cancellationToken) =>
        Confirmation(token, await following.ConfirmAsync(token, apply: false, SupportedCultures.Current, cancellationToken), applied: false);

    [HttpPost("confirm")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ConfirmPost([FromForm] string? token, CancellationToken cancellationToken) =>
        Confirmation(token, await following.ConfirmAsync(token, apply: true, SupportedCultures.Current, cancellationToken), applied: true);

    [HttpGet("manage")]
    public async Task<IActionResult> Manage(string? token, CancellationToken cancellationToken)
    {
        var held = await following.HeldAboutAsync(token, SupportedCultures.Current, cancellationToken);
        return held is null ? LinkNotValid() : View(new ManagePage(token!, held));
    }

    [HttpGet("unsubscribe")]
    public IActionResult Unsubscribe(string? token) => View("Unsubscribe", token);

    /// <summary>The button on the page, and the one-click POST of mail programs (RFC 8058), which has no anti-forgery token.</summary>
    [HttpPost("unsubscribe")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> UnsubscribePost([FromQuery] string? token, [FromForm(Name = "token")] string? formToken, CancellationToken cancellationToken)
    {
        var followed = await following.UnsubscribeAsync(formToken ?? token, SupportedCultures.Current, cancellationToken);
        return followed is null ? LinkNotValid() : View("Unsubscribed", followed);
    }

    [HttpPost("forget")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Forget([FromForm] string? token, CancellationToken cancellationToken)
    {
        var deleted = await following.ForgetAsync(token, cancellationToken);
        return deleted is null ? LinkNotValid() : View("Forgotten", deleted.Value);
    }

    private IActionResult Confirmation(string? token, (ConfirmationOutcome Outcome, Followed? Followed) result, bool applied)
    {
        if (result.Outcome == ConfirmationOutcome.Invalid)
        {
            return LinkNotValid();
        }

        if (result.Outcome == ConfirmationOutcome.Expired)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }

        return View("Confirm", new ConfirmPage(token ?? string.Empty, result.Outcome, result.Followed, applied));
    }

    private ViewResult LinkNotValid()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("LinkNotValid");
    }
}

public sealed record FollowPage(Followed Followed, FollowForm Form);

public sealed record ConfirmPage(string Token, ConfirmationOutcome Outcome, Followed? Followed, bool Applied);

public sealed record ManagePage(string Token, IReadOnlyList<(Subscription Subscription, Followed? Followed, string Token)> Held);
