using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Core.Countries;

/// <summary>
/// The rules that say when a country's data are stale. The workspace dashboard, the public profile's
/// "last updated" notes and every other page that judges currency use these, so they always agree.
/// </summary>
public static class Freshness
{
    /// <summary>A section, or a focal point's contact details, not confirmed or changed for this long is stale.</summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(365);

    /// <summary>Statistics whose latest year is more than this many years before the current one are outdated.</summary>
    public const int StatisticsLagYears = 2;

    /// <summary>Whether something last known to be current at <paramref name="knownCurrentAtUtc"/> is stale now.</summary>
    public static bool IsStale(DateTime? knownCurrentAtUtc, DateTime nowUtc) =>
        knownCurrentAtUtc is not { } at || at < nowUtc - ConfirmationLifetime;

    /// <summary>A focal point confirmed before this day (or never) is stale; for use in database queries.</summary>
    public static DateOnly FocalPointsConfirmedBefore(DateTime nowUtc) => DateOnly.FromDateTime(nowUtc - ConfirmationLifetime);

    public static bool IsStale(DateOnly? lastConfirmedOn, DateTime nowUtc) =>
        lastConfirmedOn is not { } on || on < FocalPointsConfirmedBefore(nowUtc);

    /// <summary>Whether a country's statistics, whose latest value is for <paramref name="latestYear"/>, are outdated.</summary>
    public static bool AreStatisticsOutdated(int latestYear, DateOnly today) => latestYear < today.Year - StatisticsLagYears;

    /// <summary>
    /// Whether a country's series of one indicator is stale: an indicator collected at regular intervals (annual,
    /// quarterly, monthly) with no value for any of the last <see cref="StatisticsLagYears"/> + 1 years, the
    /// current one included (in 2026: none for 2024, 2025 or 2026), or with no value at all. The same lag as
    /// <see cref="AreStatisticsOutdated"/>, so the dashboard's "statistics outdated" and this rule agree.
    /// An irregular indicator is stale only when it has no value.
    /// </summary>
    public static bool IsIndicatorStale(Periodicity periodicity, int? latestYear, DateOnly today) =>
        latestYear is not { } year || (periodicity != Periodicity.Irregular && AreStatisticsOutdated(year, today));

    /// <summary>
    /// The share of a country's parts that are present and not stale, from 0 to 1; a part counted as a fraction
    /// (the indicators, as the share of current ones) adds that fraction.
    /// </summary>
    public static double Completeness(IEnumerable<double> partScores)
    {
        var (sum, count) = (0.0, 0);
        foreach (var score in partScores)
        {
            sum += Math.Clamp(score, 0, 1);
            count++;
        }

        return count == 0 ? 0 : sum / count;
    }

    /// <summary>
    /// How a part of a country's data stands: missing when it has no records; stale when it was last updated or
    /// confirmed (<paramref name="lastKnownCurrent"/>, see <see cref="SectionFreshness"/>) more than
    /// <see cref="ConfirmationLifetime"/> ago, or when some of its records are stale on their own (focal points whose
    /// contact details are unconfirmed, indicators without a recent value); else current. The workspace dashboard,
    /// the OAS freshness page, the reminders and the briefings for the Dialogue all judge with this one rule.
    /// </summary>
    public static FreshnessState StateOf(int records, SectionFreshness? lastKnownCurrent, int staleRecords, DateTime nowUtc) =>
        records == 0 ? FreshnessState.Missing
        : lastKnownCurrent is null || lastKnownCurrent.IsStale(nowUtc) || staleRecords > 0 ? FreshnessState.Stale
        : FreshnessState.Current;

    /// <summary>A programme whose end date has passed should be updated or closed.</summary>
    public static bool HasEnded(DateOnly? endsOn, DateOnly today) => endsOn is { } end && end < today;
}

/// <summary>How a part of a country's data stands under <see cref="Freshness.StateOf"/>.</summary>
public enum FreshnessState
{
    Current = 1,
    Stale = 2,
    Missing = 3,
}

/// <summary>
/// When a part of a profile was last known to be current: the latest change to its records, or the national
/// authority's confirmation that nothing needed changing, whichever is later.
/// </summary>
public sealed record SectionFreshness(DateTime AtUtc, bool IsConfirmation)
{
    /// <returns>Null when the part has neither records nor a confirmation.</returns>
    public static SectionFreshness? Of(IEnumerable<DateTime> recordUpdatesUtc, DateTime? confirmedAtUtc)
    {
        DateTime? lastUpdate = null;
        foreach (var updated in recordUpdatesUtc)
        {
            if (lastUpdate is null || updated > lastUpdate)
            {
                lastUpdate = updated;
            }
        }

        // A confirmation at or after the last change says more (someone checked), so it wins ties.
        return (lastUpdate, confirmedAtUtc) switch
        {
            (null, null) => null,
            (null, { } confirmed) => new SectionFreshness(confirmed, IsConfirmation: true),
            ({ } updated, null) => new SectionFreshness(updated, IsConfirmation: false),
            ({ } updated, { } confirmed) => confirmed >= updated
                ? new SectionFreshness(confirmed, IsConfirmation: true)
                : new SectionFreshness(updated, IsConfirmation: false),
        };
    }

    public bool IsStale(DateTime nowUtc) => Freshness.IsStale(AtUtc, nowUtc);
}
