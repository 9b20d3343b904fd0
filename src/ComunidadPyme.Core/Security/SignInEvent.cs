namespace ComunidadPyme.Core.Security;

/// <summary>One sign-in attempt, shown to its owner as their sign-in history. Never holds a password.</summary>
public class SignInEvent
{
    public long Id { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = string.Empty;
    public DateTime AtUtc { get; set; }
    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
    public bool Succeeded { get; set; }

    /// <summary>Why it failed: "wrong password", "locked out", "disabled", "two-factor failed"...</summary>
    public string? FailureReason { get; set; }
}
