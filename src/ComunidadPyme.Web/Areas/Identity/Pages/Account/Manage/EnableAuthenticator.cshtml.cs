using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Areas.Identity.Pages.Account;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Features.Accounts.TwoFactor;
using ComunidadPyme.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Setting up an authenticator app: scan the QR code (drawn here, never by another site), type a code to prove it works.</summary>
[Authorize]
public sealed class EnableAuthenticatorModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, StaffTwoFactorRule staffRule,
    IStringLocalizer<AccountsResource> localizer, ILogger<EnableAuthenticatorModel> logger) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public string SharedKey { get; private set; } = string.Empty;
    public string QrCodeDataUri { get; private set; } = string.Empty;
    public bool IsRequired { get; private set; }

    [TempData]
    public string[]? RecoveryCodes { get; set; }


    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var code = AuthenticatorKey.CleanCode(Input.Code);
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", localizer["The code is not correct. Check that the time on your phone is right and try the newest code."]);
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        logger.LogInformation("{Email} turned on two-factor authentication", user.Email);
        TempData.SetStatusMessage(localizer["Your authenticator app is set up."]);
        if (await users.CountRecoveryCodesAsync(user) == 0)
        {
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        }

        // Turning two-factor on renews the security stamp: sign this session in again so it stays open.
        await signIn.RefreshSignInAsync(user);
        return RecoveryCodes is null ? RedirectToPage("./TwoFactorAuthentication") : RedirectToPage("./ShowRecoveryCodes");
    }

    private async Task LoadKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }

        SharedKey = AuthenticatorKey.Format(key);
        QrCodeDataUri = QrCodeImage.PngDataUri(AuthenticatorKey.Uri(user.Email ?? string.Empty, key));
        IsRequired = staffRule.MustSetUpTwoFactor(User);
    }
}
