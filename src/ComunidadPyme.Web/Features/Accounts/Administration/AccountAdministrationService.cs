using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts.Invitations;
using Microsoft.AspNetCore.Identity;

namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>
/// What administrators do to accounts besides changing role and countries (<see cref="AccountEditor"/>): invite,
/// disable, enable, reset two-factor. Each change is written to the log with who made it.
/// </summary>
public sealed class AccountAdministrationService(
    UserManager<ApplicationUser> users,
    InvitationService invitations,
    TimeProvider clock,
    ILogger<AccountAdministrationService> logger)
{
    /// <summary>Creates the account without a password and sends the invitation.</summary>
    public async Task<AccountActionResult> InviteAsync(InviteAccountForm form, string administrator)
    {
        var email = form.Email!.Trim();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = false,
            DisplayName = form.DisplayName!.Trim(),
            PreferredLanguage = form.PreferredLanguage!,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Countries = CountriesFor(form.Role, form.CountryIds),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }

        await users.AddToRoleAsync(user, form.Role!);
        logger.LogInformation("Account {Email} ({Role}) invited by {Administrator}", email, form.Role, administrator);
        return await SendInvitationAsync(user);
    }

    public async Task<AccountActionResult> ResendInvitationAsync(string id, string administrator)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || await users.HasPasswordAsync(user))
        {
            return AccountActionResult.NotFound;
        }

        logger.LogInformation("Invitation to {Email} sent again by {Administrator}", user.Email, administrator);
        return await SendInvitationAsync(user);
    }

    /// <summary>Disabling renews the security stamp, which ends every open session of the account on its next request.</summary>
    public async Task<AccountActionResult> DisableAsync(string id, string administratorId, string administrator)
    {
        if (id == administratorId)
        {
            return AccountActionResult.NotOnOwnAccount;
        }

        return await ChangeAsync(id, async user =>
        {
            user.DisabledAtUtc = clock.GetUtcNow().UtcDateTime;
            await users.UpdateSecurityStampAsync(user);
            logger.LogWarning("Account {Email} disabled by {Administrator}", user.Email, administrator);
        });
    }

    public Task<AccountActionResult> EnableAsync(string id, string administrator) =>
        ChangeAsync(id, async user =>
        {
            user.DisabledAtUtc = null;
            await users.UpdateAsync(user);
            logger.LogWarning("Account {Email} enabled by {Administrator}", user.Email, administrator);
        });

    /// <summary>For a lost phone: the person sets up a new authenticator at their next sign-in.</summary>
    public Task<AccountActionResult> ResetTwoFactorAsync(string id, string administrator) =>
        ChangeAsync(id, async user =>
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            await users.UpdateSecurityStampAsync(user);
            logger.LogWarning("Two-factor of {Email} reset by {Administrator}", user.Email, administrator);
        });

    private async Task<AccountActionResult> ChangeAsync(string id, Func<ApplicationUser, Task> change)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountActionResult.NotFound;
        }

        await change(user);
        return AccountActionResult.Done;
    }

    private async Task<AccountActionResult> SendInvitationAsync(ApplicationUser user)
    {
        try
        {
            await invitations.SendAsync(user);
            return AccountActionResult.Done;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The invitation to {Email} could not be sent", user.Email);
            return AccountActionResult.EmailNotSent;
        }
    }

    internal static List<CountryAssignment> CountriesFor(string? role, IEnumerable<int> countryIds) =>
        role == Roles.FocalPoint ? countryIds.Distinct().Select(id => new CountryAssignment { CountryId = id }).ToList() : [];
}

/// <summary>How an administrator's action on an account ended.</summary>
public enum AccountActionResult
{
    Done,
    NotFound,
    NotOnOwnAccount,
    EmailNotSent,
}
