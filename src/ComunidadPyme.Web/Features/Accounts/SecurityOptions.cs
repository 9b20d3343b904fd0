namespace ComunidadPyme.Web.Features.Accounts;

/// <summary>The <c>Security</c> section: two-factor duty for staff and the sign-in rate limit.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Administrators and reviewers must set up an authenticator app before they can use anything else.</summary>
    public bool RequireTwoFactorForStaff { get; set; } = true;

    /// <summary>Accounts spared that duty: only the Development sample accounts, whose passwords are public anyway.</summary>
    public List<string> TwoFactorExemptEmails { get; set; } = [];

    /// <summary>Sign-in, two-factor and password-reset posts allowed per client address and minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;
}
