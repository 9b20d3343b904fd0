using System.Security.Claims;
using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Accounts.SignIns;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Web.Features.Accounts.Sessions;

/// <summary>
/// Identity's sign-in with the portal's rules: a disabled account can neither sign in nor keep a session,
/// and every attempt (password, authenticator code, recovery code) is recorded in the sign-in history.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    SignInRecorder recorder)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { IsDisabled: false } user ? user : null;

    public override async Task<SignInResult> PasswordSignInAsync(
        string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            await recorder.RecordAsync(userName, null, SignInOutcome.UnknownUser);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> PasswordSignInAsync(
        ApplicationUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (!result.RequiresTwoFactor)
        {
            await recorder.RecordAsync(user.UserName ?? string.Empty, user, Outcome(result, user, SignInOutcome.WrongPassword));
        }

        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (user is not null)
        {
            await recorder.RecordAsync(user.UserName ?? string.Empty, user, Outcome(result, user, SignInOutcome.TwoFactorFailed));
        }

        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (user is not null)
        {
            await recorder.RecordAsync(user.UserName ?? string.Empty, user, Outcome(result, user, SignInOutcome.RecoveryCodeFailed));
        }

        return result;
    }

    private static SignInOutcome Outcome(SignInResult result, ApplicationUser user, SignInOutcome failure) => result switch
    {
        { Succeeded: true } => SignInOutcome.Succeeded,
        { IsLockedOut: true } => SignInOutcome.LockedOut,
        { IsNotAllowed: true } => user.IsDisabled ? SignInOutcome.Disabled : SignInOutcome.EmailNotConfirmed,
        _ => failure,
    };
}
