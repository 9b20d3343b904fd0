using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account;

/// <summary>Second step of signing in: the six-digit code of the authenticator app. Wrong codes count towards the lockout.</summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<ApplicationUser> signIn, IStringLocalizer<AccountsResource> localizer) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public string ReturnUrl { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string? returnUrl = null)
    {
        ReturnUrl = ReturnUrls.Safe(Url, returnUrl);
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login") : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = ReturnUrls.Safe(Url, returnUrl);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login");
        }

        var code = AuthenticatorKey.CleanCode(Input.Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError("Input.Code", localizer["Enter the code shown by your authenticator app."]);
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl);
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError("Input.Code", localizer["The code is not correct. Check that the time on your phone is right and try the newest code."]);
        return Page();
    }
}
