using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.Workspace.Review.Freshness;

public enum FreshnessSort
{
    Country = 1,
    Score = 2,
    Oldest = 3,
}

/// <summary>The page's filters and order, from the address (<c>?region=SouthAmerica&amp;stale=true&amp;women=true&amp;sort=score</c>).</summary>
public sealed class FreshnessQuery
{
    public SubRegion? Region { get; set; }

    /// <summary>Only countries with a stale or missing part.</summary>
    public bool Stale { get; set; }

    /// <summary>Only the indicators, programmes and legal instruments tagged for women's entrepreneurship.</summary>
    public bool Women { get; set; }

    public FreshnessSort Sort { get; set; } = FreshnessSort.Country;
}

public sealed record FreshnessViewModel(
    FreshnessQuery Query,
    IReadOnlyList<CountryFreshness> Countries,
    IReadOnlyList<ReminderRow> Reminders,
    DateTime NowUtc);

/// <summary>One reminder as the page lists it.</summary>
public sealed record ReminderRow(
    string CountryIso2, string CountryName, string Part, string Period, string Recipient, DateTime CreatedAtUtc,
    DateTime? SentAtUtc, int Attempts, string? LastError);
