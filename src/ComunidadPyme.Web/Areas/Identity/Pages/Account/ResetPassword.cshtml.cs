using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Features.Accounts.Emails;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account;

/// <summary>Choosing a new password from an emailed link. A new password ends every open session of the account.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(
    UserManager<ApplicationUser> users, IStringLocalizer<AccountsResource> localizer, ILogger<ResetPasswordModel> logger) : PageModel
{
    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    public bool HasCode { get; private set; }

    public void OnGet(string? code = null)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        HasCode = AccountLinks.Decode(code) is not null;
        Input = new ResetPasswordInput { Code = code };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var token = AccountLinks.Decode(Input.Code);
        HasCode = token is not null;
        if (token is null)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", localizer["Enter your email address."]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", localizer["Enter a password."]);
        }
        else if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", localizer["The two passwords are not the same."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null || user.IsDisabled)
        {
            // Same answer as a success, so the page does not tell which addresses have an account.
            return RedirectToPage("./ResetPasswordConfirmation");
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password!);
        if (result.Succeeded)
        {
            // Resetting the password is also the way out of a lockout.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            logger.LogInformation("Password of {Email} reset through an emailed link", user.Email);
            return RedirectToPage("./ResetPasswordConfirmation");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? string.Empty : "Input.Password", error.Description);
        }

        return Page();
    }
}
