using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>Everything the public profile of one country shows.</summary>
public sealed record CountryProfileViewModel(
    CountryHeader Country,
    DateOnly Today,
    IReadOnlyList<InstitutionItem> Institutions,
    IReadOnlyList<FocalPointItem> FocalPoints,
    IReadOnlyList<MsmeDefinition> Definitions,
    IReadOnlyList<IndicatorSeries> Series,
    LegalFramework Laws,
    IReadOnlyList<ProgrammeItem> Programmes,
    IReadOnlyList<ProgressItem> Progress,
    IReadOnlyDictionary<ProfileSection, SectionFreshness> Freshness,
    RequestingCycle? Requesting = null)
{
    public IReadOnlyList<KeyStatistic> KeyStatistics { get; } = KeyStatistic.HeadlineCodes
        .Select(code => Series.FirstOrDefault(s => s.Code == code))
        .OfType<IndicatorSeries>()
        .Select(KeyStatistic.Of)
        .OfType<KeyStatistic>()
        .ToList();

    public IEnumerable<IGrouping<IndicatorTheme, IndicatorSeries>> SeriesByTheme =>
        Series.GroupBy(s => s.Theme).OrderBy(g => g.Key);

    public bool ShowsSampleData =>
        Institutions.Any(i => i.IsSample) || FocalPoints.Any(f => f.IsSample) || Definitions.Any(d => d.IsSample)
        || Series.Any(s => s.IsSample) || Laws.All.Any(l => l.IsSample) || Programmes.Any(p => p.IsSample)
        || Progress.Any(p => p.IsSample);

    /// <summary>Whether the profile holds anything beyond the country's name: else no download is offered.</summary>
    public bool HasAnyData =>
        Institutions.Count > 0 || FocalPoints.Count > 0 || Definitions.Count > 0 || Series.Count > 0
        || Laws.All.Any() || Programmes.Count > 0 || Progress.Count > 0;

    /// <summary>The parts of the profile with nothing in them yet, as (anchor, label) in page order.</summary>
    public IReadOnlyList<(string Anchor, string Label)> MissingParts
    {
        get
        {
            (bool Empty, string Anchor, string Label)[] parts =
            [
                (Institutions.Count == 0, "authorities", "National authorities"),
                (FocalPoints.Count == 0, "focal-points", "Focal points"),
                (Definitions.Count == 0, "definitions", "MSME definitions"),
                (Series.Count == 0, "statistics", "Statistics"),
                (Laws.All.Count == 0, "legal-framework", "Legal framework"),
                (Programmes.Count == 0, "programmes", "Support programmes"),
                (Progress.Count == 0, "progress", "Progress on the principles"),
            ];
            return parts.Where(p => p.Empty).Select(p => (p.Anchor, p.Label)).ToList();
        }
    }

    /// <summary>The national MSME authority with a web address, where visitors may ask what the profile lacks.</summary>
    public InstitutionItem? Authority => Institutions.FirstWithAddress(InstitutionKind.NationalMsmeAuthority);

    /// <summary>The national statistics office with a web address, where figures may be found meanwhile.</summary>
    public InstitutionItem? StatisticsOffice => Institutions.FirstWithAddress(InstitutionKind.StatisticsOffice);

    public SectionStamp StampOf(ProfileSection section) =>
        Freshness.GetValueOrDefault(section) is { } freshness
            ? new(freshness, freshness.IsStale(Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)))
            : new(null, IsStale: false);
}

/// <summary>
/// The reporting cycle that asks every member state for its data (the open one, else the latest to have
/// opened): an empty section has been missing at least since it opened.
/// </summary>
public sealed record RequestingCycle(ComunidadPyme.Core.Common.LocalizedText Name, DateOnly OpensOn, DateOnly SubmissionDeadline);

/// <summary>
/// The "last updated" line of one part of a profile, and whether by <see cref="Freshness"/> it is stale; a
/// record so that a view can always pass a model.
/// </summary>
public sealed record SectionStamp(SectionFreshness? Freshness, bool IsStale);
