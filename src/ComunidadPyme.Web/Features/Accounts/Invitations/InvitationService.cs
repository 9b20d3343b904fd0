using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts.Emails;
using ComunidadPyme.Web.Features.Accounts.SignIns;
using Microsoft.AspNetCore.Identity;

namespace ComunidadPyme.Web.Features.Accounts.Invitations;

/// <summary>Sends invitations and lets the invited person choose a password, which also confirms their email.</summary>
public sealed class InvitationService(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    SignInRecorder recorder,
    AccountLinks links,
    AccountEmails emails,
    ILogger<InvitationService> logger)
{
    public async Task SendAsync(ApplicationUser user)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProviderOptions.ProviderName, InvitationTokenProviderOptions.Purpose);
        await emails.SendInvitationAsync(user, links.Invitation(user.PreferredLanguage, user.Id, token));
        logger.LogInformation("Invitation sent to {Email}", user.Email);
    }

    /// <summary>The invited account, or null when the link is altered, expired, already used or the account is disabled.</summary>
    public async Task<ApplicationUser?> FindInvitedAsync(string? userId, string? encodedToken)
    {
        var token = AccountLinks.Decode(encodedToken);
        if (string.IsNullOrWhiteSpace(userId) || token is null || await users.FindByIdAsync(userId) is not { } user
            || user.IsDisabled || await users.HasPasswordAsync(user))
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, InvitationTokenProviderOptions.ProviderName, InvitationTokenProviderOptions.Purpose, token)
            ? user
            : null;
    }

    public async Task<IdentityResult> AcceptAsync(ApplicationUser user, string password)
    {
        var result = await users.AddPasswordAsync(user, password);
        if (!result.Succeeded)
        {
            return result;
        }

        user.EmailConfirmed = true;
        result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            await recorder.RecordAsync(user.UserName ?? string.Empty, user, SignInOutcome.Succeeded);
            logger.LogInformation("Invitation accepted by {Email}", user.Email);
        }

        return result;
    }
}
