using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Ten new single-use recovery codes; the old ones stop working.</summary>
[Authorize]
public sealed class GenerateRecoveryCodesModel(
    UserManager<ApplicationUser> users, IStringLocalizer<AccountsResource> localizer, ILogger<GenerateRecoveryCodesModel> logger) : PageModel
{
    [TempData]
    public string[]? RecoveryCodes { get; set; }


    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } user && !await users.GetTwoFactorEnabledAsync(user)
            ? RedirectToPage("./TwoFactorAuthentication")
            : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("./TwoFactorAuthentication");
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        logger.LogInformation("{Email} created new recovery codes", user.Email);
        TempData.SetStatusMessage(localizer["New recovery codes have been created."]);
        return RedirectToPage("./ShowRecoveryCodes");
    }
}
