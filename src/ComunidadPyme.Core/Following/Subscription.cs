namespace ComunidadPyme.Core.Following;

/// <summary>What an e-mail digest follows.</summary>
public enum FollowedKind
{
    /// <summary>Everything that changes on the portal.</summary>
    Everything = 1,
    Country = 2,
    Indicator = 3,

    /// <summary>Laws on one topic; with an empty key, every new or amended law.</summary>
    Laws = 4,
}

public enum DigestFrequency
{
    Weekly = 1,
    Monthly = 2,
}

/// <summary>
/// A digest by e-mail that someone asked for without an account: nothing but the address, the language, what is
/// followed and how often, and the confirmation state. The links in the e-mails carry signed tokens made from the
/// subscription's id (ASP.NET Core Data Protection), so no token is stored at all.
/// </summary>
public class Subscription
{
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(2);

    public int Id { get; set; }
    public string Email { get; set; } = string.Empty;
    public string Language { get; set; } = Common.Languages.English;
    public FollowedKind Kind { get; set; }

    /// <summary>The country's ISO code, the indicator's code or the legal topic's name; empty for everything or every law.</summary>
    public string Key { get; set; } = string.Empty;
    public DigestFrequency Frequency { get; set; } = DigestFrequency.Weekly;
    public bool IsConfirmed { get; private set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ConfirmedAtUtc { get; private set; }

    /// <summary>Until when the last digest reported changes; the next one starts there.</summary>
    public DateTime? DigestedUntilUtc { get; set; }

    /// <summary>Confirms the subscription; false when it already was (a confirmation link used twice).</summary>
    public bool Confirm(DateTime nowUtc)
    {
        if (IsConfirmed)
        {
            return false;
        }

        IsConfirmed = true;
        ConfirmedAtUtc = nowUtc;
        DigestedUntilUtc = nowUtc;
        return true;
    }

    /// <summary>Whether a digest is due: a week or a month after the last one.</summary>
    public bool IsDueOn(DateTime nowUtc) =>
        IsConfirmed && DigestedUntilUtc is { } since
        && (Frequency == DigestFrequency.Weekly ? since.AddDays(7) : since.AddMonths(1)) <= nowUtc;
}
