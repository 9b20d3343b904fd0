using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Accounts.Passwords;

/// <summary>Identity's error messages in the reader's language, plus the portal's own password errors.</summary>
public sealed class PortalIdentityErrorDescriber(IStringLocalizer<AccountsResource> localizer) : IdentityErrorDescriber
{
    public IdentityError PasswordTooLong(int length) =>
        Error(nameof(PasswordTooLong), "The password must have at most {0} characters.", length);

    public IdentityError PasswordTooCommon() =>
        Error(nameof(PasswordTooCommon), "This password is too common or has appeared in a data breach. Choose a less predictable one, such as a phrase of several words.");

    public IdentityError PasswordContainsAccountName() =>
        Error(nameof(PasswordContainsAccountName), "The password must not contain your email address or the portal's name.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), "The password must have at least {0} characters.", length);

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "The current password is not correct.");

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), "This link is no longer valid. Ask for a new one.");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), "The email address {0} already has an account.", email);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), "The email address {0} already has an account.", userName);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), "Enter a valid email address.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "Enter a valid email address.");

    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), "This account already has a password.");

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), "The recovery code is not correct.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Someone else changed this account at the same time. Please try again.");

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "Something went wrong. Please try again.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), "The password must use at least {0} different characters.", uniqueChars);

    private IdentityError Error(string code, string text, params object[] arguments) =>
        new() { Code = code, Description = localizer[text, arguments] };
}
