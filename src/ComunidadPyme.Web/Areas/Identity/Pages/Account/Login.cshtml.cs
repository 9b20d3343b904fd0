using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account;

/// <summary>Sign-in with email and password. Failures count towards the lockout; the reason is never more precise than it must be.</summary>
[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IStringLocalizer<AccountsResource> localizer) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string ReturnUrl { get; private set; } = "/";

    public async Task OnGetAsync(string? returnUrl = null)
    {
        ReturnUrl = ReturnUrls.Safe(Url, returnUrl);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = ReturnUrls.Safe(Url, returnUrl);
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", localizer["Enter your email address."]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", localizer["Enter your password."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError(string.Empty, await RefusalMessageAsync(result));
        return Page();
    }

    /// <summary>"Disabled" or "not confirmed" is said only to someone who knows the password.</summary>
    private async Task<string> RefusalMessageAsync(Microsoft.AspNetCore.Identity.SignInResult result)
    {
        if (result.IsNotAllowed && await users.FindByNameAsync(Input.Email!.Trim()) is { } user
            && await users.CheckPasswordAsync(user, Input.Password!))
        {
            return user.IsDisabled
                ? localizer["This account has been disabled. If you think this is a mistake, contact an administrator of the portal."]
                : localizer["Your email address is not confirmed yet. Follow the link in the invitation email."];
        }

        return localizer["The email address or password is not correct."];
    }
}
