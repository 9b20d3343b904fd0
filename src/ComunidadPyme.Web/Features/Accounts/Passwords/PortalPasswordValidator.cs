using System.Globalization;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace ComunidadPyme.Web.Features.Accounts.Passwords;

/// <summary>
/// Adds to Identity's length check: at most 64 characters, not a common or breached password, not the
/// account's own email address or the portal's name. There are deliberately no composition rules.
/// </summary>
public sealed class PortalPasswordValidator(CommonPasswordList commonPasswords, PortalIdentityErrorDescriber describer)
    : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (password.EnumerateRunes().Count() > PasswordPolicy.MaximumLength)
        {
            errors.Add(describer.PasswordTooLong(PasswordPolicy.MaximumLength));
        }

        if (commonPasswords.Contains(password))
        {
            errors.Add(describer.PasswordTooCommon());
        }
        else if (ContainsContextWord(password, user))
        {
            errors.Add(describer.PasswordContainsAccountName());
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static bool ContainsContextWord(string password, ApplicationUser user)
    {
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var words = PasswordPolicy.ContextWords.Append(user.Email).Append(user.UserName)
            .Where(w => !string.IsNullOrWhiteSpace(w));
        return words.Any(w => compare.IndexOf(password, w!, CompareOptions.IgnoreCase) >= 0);
    }
}
