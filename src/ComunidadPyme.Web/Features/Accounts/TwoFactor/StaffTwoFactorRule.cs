using System.Security.Claims;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Web.Features.Accounts.Sessions;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Web.Features.Accounts.TwoFactor;

/// <summary>
/// Administrators and reviewers must use an authenticator app (<c>Security:RequireTwoFactorForStaff</c>),
/// except the accounts listed in <c>Security:TwoFactorExemptEmails</c> (the Development sample accounts).
/// </summary>
public sealed class StaffTwoFactorRule(IOptionsMonitor<SecurityOptions> options)
{
    public bool MustSetUpTwoFactor(ClaimsPrincipal user)
    {
        var settings = options.CurrentValue;
        if (!settings.RequireTwoFactorForStaff || user.Identity?.IsAuthenticated != true
            || !(user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Reviewer))
            || user.FindFirstValue(PortalClaims.TwoFactorEnabled) == "true")
        {
            return false;
        }

        var email = user.FindFirstValue(ClaimTypes.Email);
        return !settings.TwoFactorExemptEmails.Contains(email ?? string.Empty, StringComparer.OrdinalIgnoreCase);
    }
}
