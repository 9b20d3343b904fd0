namespace ComunidadPyme.Web.Features.Accounts.Passwords;

/// <summary>Length limits of a password (OWASP ASVS 5.0, V6.2): long passphrases, no composition rules.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 64;

    /// <summary>Words that make a password easy to guess here, whatever else it contains.</summary>
    public static readonly IReadOnlyList<string> ContextWords = ["comunidadpyme", "comunidad pyme"];
}
