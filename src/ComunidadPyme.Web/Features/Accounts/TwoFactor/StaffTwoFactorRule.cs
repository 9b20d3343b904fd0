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
    public bool AppliesTo(ClaimsPrincipal user)
    {
        var settings = options.CurrentValue;
        return settings.RequireTwoFactorForStaff && user.Identity?.IsAuthenticated == true
               && (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Reviewer))
               && !settings.TwoFactorExemptEmails.Contains(user.FindFirstValue(ClaimTypes.Email) ?? string.Empty, StringComparer.OrdinalIgnoreCase);
    }

    public bool MustSetUpTwoFactor(ClaimsPrincipal user) =>
        AppliesTo(user) && user.FindFirstValue(PortalClaims.TwoFactorEnabled) != "true";
}
