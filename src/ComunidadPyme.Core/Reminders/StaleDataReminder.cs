namespace ComunidadPyme.Core.Reminders;

/// <summary>
/// One reminder to one focal point that a part of their country's data is stale, for one reminder period.
/// Its key (country, part, period, recipient) makes a second run of the job in the same period a no-op; a
/// reminder whose sending failed stays unsent and is tried again on the next run.
/// </summary>
public class StaleDataReminder
{
    public int Id { get; set; }
    public int CountryId { get; set; }

    /// <summary>The stale part: a workspace section ("focal-points", "definitions", "laws", ...) or "indicator:CODE".</summary>
    public string Part { get; set; } = string.Empty;

    /// <summary>The reminder period, e.g. "2026-12" for a monthly schedule.</summary>
    public string Period { get; set; } = string.Empty;

    public string Recipient { get; set; } = string.Empty;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    public bool IsSent => SentAtUtc is not null;

    public void Sent(DateTime atUtc)
    {
        SentAtUtc = atUtc;
        Attempts++;
        LastError = null;
    }

    public void Failed(string error)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
    }

    public const int MaxErrorLength = 500;
}
