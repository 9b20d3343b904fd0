using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account.Manage;

[Authorize]
public sealed class TwoFactorAuthenticationModel(UserManager<ApplicationUser> users, StaffTwoFactorRule staffRule) : PageModel
{
    public bool IsEnabled { get; private set; }
    public bool HasAuthenticator { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public bool IsRequired { get; private set; }


    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        IsEnabled = await users.GetTwoFactorEnabledAsync(user);
        HasAuthenticator = await users.GetAuthenticatorKeyAsync(user) is not null;
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        IsRequired = staffRule.AppliesTo(User);
        return Page();
    }
}
