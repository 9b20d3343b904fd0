using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Review.Freshness;

/// <summary>The parts of a country's data whose freshness the OAS follows, in the order the page shows them.</summary>
public enum FreshnessPart
{
    Authorities = 1,
    Definitions = 2,
    Indicators = 3,
    LegalFramework = 4,
    Programmes = 5,
    Progress = 6,
}

public static class FreshnessParts
{
    /// <summary>The part of the freshness page that judges a profile section (statistics: the indicators).</summary>
    public static FreshnessPart Of(ProfileSection section) => section switch
    {
        ProfileSection.Authorities => FreshnessPart.Authorities,
        ProfileSection.Definitions => FreshnessPart.Definitions,
        ProfileSection.Statistics => FreshnessPart.Indicators,
        ProfileSection.LegalFramework => FreshnessPart.LegalFramework,
        ProfileSection.Programmes => FreshnessPart.Programmes,
        _ => FreshnessPart.Progress,
    };
}


/// <summary>How one part of one country stands: when it was last updated or confirmed, and by the rules whether it is stale.</summary>
/// <param name="Records">How many records the part holds (indicators: how many active indicators are followed).</param>
/// <param name="StaleRecords">Focal points not confirmed in time, or indicators without a recent value.</param>
/// <param name="Score">1 when present and current, 0 when stale or missing; for indicators the share of current ones.</param>
public sealed record PartFreshness(
    FreshnessPart Part, FreshnessState State, DateTime? LastAtUtc, bool IsConfirmation, int Records, int StaleRecords, double Score)
{
    public bool NeedsAttention => State != FreshnessState.Current;
}

/// <summary>One indicator of one country: its latest year with a value, and whether it is stale.</summary>
public sealed record IndicatorFreshness(string Code, LocalizedText Name, Periodicity Periodicity, int? LatestYear, DateTime? LastAtUtc, bool IsStale);

public sealed record CountryFreshness(
    int Id, string Iso2, LocalizedText Name, SubRegion SubRegion,
    IReadOnlyList<PartFreshness> Parts, IReadOnlyList<IndicatorFreshness> Indicators, double Score)
{
    public PartFreshness Part(FreshnessPart part) => Parts.First(p => p.Part == part);

    /// <summary>The oldest "last updated or confirmed" of the parts that have one; parts never touched sort first.</summary>
    public DateTime OldestUpdateUtc => Parts.Min(p => p.LastAtUtc ?? DateTime.MinValue);

    public bool HasStaleOrMissing => Parts.Any(p => p.NeedsAttention);

    /// <summary>The reminder keys of what is stale or missing: a workspace section, or "indicator:CODE" for each indicator.</summary>
    public IEnumerable<string> StaleReminderParts()
    {
        foreach (var part in Parts.Where(p => p.NeedsAttention && p.Part != FreshnessPart.Indicators))
        {
            yield return ReminderPart(part.Part);
        }

        foreach (var indicator in Indicators.Where(i => i.IsStale))
        {
            yield return IndicatorReminderPrefix + indicator.Code;
        }
    }

    public const string IndicatorReminderPrefix = "indicator:";

    public static string ReminderPart(FreshnessPart part) => part switch
    {
        FreshnessPart.Authorities => WorkspaceSections.FocalPoints,
        FreshnessPart.Definitions => WorkspaceSections.Definitions,
        FreshnessPart.Indicators => WorkspaceSections.Observations,
        FreshnessPart.LegalFramework => WorkspaceSections.Laws,
        FreshnessPart.Programmes => WorkspaceSections.Programmes,
        _ => WorkspaceSections.Progress,
    };

    /// <summary>The workspace section a reminder part leads to.</summary>
    public static string SectionOf(string reminderPart) =>
        reminderPart.StartsWith(IndicatorReminderPrefix, StringComparison.Ordinal) ? WorkspaceSections.Observations : reminderPart;
}
