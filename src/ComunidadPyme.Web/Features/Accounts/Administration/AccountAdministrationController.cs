using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>
/// The administrators' account pages: the list, the invitation, and an account's page, whose role and
/// countries form is the shared editor (at the account's own address) and whose buttons disable, enable,
/// reset two-factor and send the invitation again.
/// </summary>
[Route("{lang:lang}/admin/accounts")]
[EditorRoutes(Edit = "{id}", Delete = "{id}/delete")]
public sealed class AccountAdministrationController(
    AccountEditor editor,
    AccountDirectory directory,
    AccountAdministrationService accounts,
    UserManager<ApplicationUser> users,
    IValidator<EditAccountForm> editValidator,
    IValidator<InviteAccountForm> inviteValidator,
    IStringLocalizer<EditingResource> text,
    IStringLocalizer<AccountsResource> localizer)
    : AdminRecordsController<string, EditAccountForm>(editor, editValidator, text)
{
    private string Administrator => User.Identity?.Name ?? "?";
    private string AdministratorId => users.GetUserId(User) ?? string.Empty;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await directory.ListAsync(cancellationToken));

    [HttpGet("invite")]
    public async Task<IActionResult> Invite(CancellationToken cancellationToken) =>
        View(new InviteAccountView(new InviteAccountForm { PreferredLanguage = SupportedCultures.Current },
            await directory.CountryOptionsAsync(SupportedCultures.Current, cancellationToken)));

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(InviteAccountForm form, CancellationToken cancellationToken)
    {
        (await inviteValidator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(new InviteAccountView(form, await directory.CountryOptionsAsync(SupportedCultures.Current, cancellationToken)));
        }

        var result = await accounts.InviteAsync(form, Administrator);
        return Done(result, localizer["{0} has been invited. The invitation email is on its way.", form.Email!.Trim()]);
    }

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id) =>
        Done(await accounts.DisableAsync(id, AdministratorId, Administrator), localizer["The account has been disabled and its sessions have ended."], id);

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id) =>
        Done(await accounts.EnableAsync(id, Administrator), localizer["The account has been enabled."], id);

    [HttpPost("{id}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id) =>
        Done(await accounts.ResetTwoFactorAsync(id, Administrator), localizer["Two-factor authentication has been reset. The person will set up a new authenticator app."], id);

    [HttpPost("{id}/resend-invitation")]
    public async Task<IActionResult> ResendInvitation(string id) =>
        Done(await accounts.ResendInvitationAsync(id, Administrator), localizer["The invitation has been sent again."], id);

    protected override string SavedMessage(EditAccountForm form, EditorPage<EditAccountForm> page) =>
        localizer["The role and countries of {0} have been saved.", page.RecordTitle ?? string.Empty];

    private IActionResult Done(AccountActionResult result, string message, string? id = null)
    {
        if (result == AccountActionResult.NotFound)
        {
            return NotFound();
        }

        TempData.SetStatusMessage(result switch
        {
            AccountActionResult.NotOnOwnAccount => localizer["You cannot do this to your own account."],
            AccountActionResult.EmailNotSent => localizer["The account is saved, but the email could not be sent. Try \"Send the invitation again\" later."],
            _ => message,
        });
        var lang = SupportedCultures.Current;
        return id is null ? RedirectToAction(nameof(Index), new { lang }) : RedirectToAction(nameof(Edit), new { lang, id });
    }
}
