using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace ComunidadPyme.Web.Features.Accounts.Sessions;

/// <summary>
/// Stamps the sign-in time on a new session and, on every request, ends sessions past their absolute
/// lifetime before Identity checks the security stamp (which ends the sessions of a disabled account or
/// of one whose password changed).
/// </summary>
public sealed class PortalCookieEvents(TimeProvider clock, ILogger<PortalCookieEvents> logger) : CookieAuthenticationEvents
{
    public override Task SigningIn(CookieSigningInContext context)
    {
        SessionLifetime.StampSignIn(context.Properties, clock.GetUtcNow());
        return base.SigningIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (SessionLifetime.HasExpired(context.Properties, clock.GetUtcNow()))
        {
            logger.LogInformation("Session of {UserName} ended: older than {Hours} hours",
                context.Principal?.Identity?.Name, SessionLifetime.AbsoluteLimit.TotalHours);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>A signed-in person refused a page gets a 403 (the friendly error page), not a redirect that hides it.</summary>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
