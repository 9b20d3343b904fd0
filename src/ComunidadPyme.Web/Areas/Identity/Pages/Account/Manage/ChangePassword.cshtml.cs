using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// A new password renews the security stamp: this session is signed in again, every other session of the
/// account ends on its next request.
/// </summary>
[Authorize]
public sealed class ChangePasswordModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn,
    IStringLocalizer<AccountsResource> localizer, ILogger<ChangePasswordModel> logger) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();


    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(Input.OldPassword))
        {
            ModelState.AddModelError("Input.OldPassword", localizer["Enter your current password."]);
        }

        if (string.IsNullOrEmpty(Input.NewPassword))
        {
            ModelState.AddModelError("Input.NewPassword", localizer["Enter a password."]);
        }
        else if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", localizer["The two passwords are not the same."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.OldPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.OldPassword" : "Input.NewPassword", error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("{Email} changed their password; their other sessions end", user.Email);
        TempData.SetStatusMessage(localizer["Your password has been changed. Your other sessions have ended."]);
        return RedirectToPage();
    }
}
