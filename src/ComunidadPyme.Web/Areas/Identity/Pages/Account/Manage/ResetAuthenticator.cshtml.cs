using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Replaces the authenticator key (for a new phone); two-factor stays off until the new app is confirmed.</summary>
[Authorize]
public sealed class ResetAuthenticatorModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn,
    IStringLocalizer<AccountsResource> localizer, ILogger<ResetAuthenticatorModel> logger) : PageModel
{

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("{Email} reset their authenticator key", user.Email);
        TempData.SetStatusMessage(localizer["Your authenticator key has been replaced. Set up your app with the new key."]);
        return RedirectToPage("./EnableAuthenticator");
    }
}
