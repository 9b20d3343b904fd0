using ComunidadPyme.Web.Localization;
using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts;
using ComunidadPyme.Web.Features.Accounts.Emails;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Sends a password-reset link to an active, confirmed account. The answer is the same whether or not the
/// address has an account, so the page cannot be used to find out who has one.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(
    UserManager<ApplicationUser> users, AccountLinks links, AccountEmails emails,
    IStringLocalizer<AccountsResource> localizer, ILogger<ForgotPasswordModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", localizer["Enter your email address."]);
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is { EmailConfirmed: true, IsDisabled: false })
        {
            await SendResetLinkAsync(user);
        }
        else
        {
            logger.LogWarning("Password reset asked for {Email}, which has no active account", Input.Email.Trim());
        }

        return RedirectToPage("./ForgotPasswordConfirmation");
    }

    private async Task SendResetLinkAsync(ApplicationUser user)
    {
        try
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            await emails.SendPasswordResetAsync(user, links.PasswordReset(SupportedCultures.Current, token));
            logger.LogInformation("Password reset link sent to {Email}", user.Email);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The page answers as usual, so a mail outage does not reveal which addresses have an account.
            logger.LogError(ex, "The password reset link to {Email} could not be sent", user.Email);
        }
    }
}
