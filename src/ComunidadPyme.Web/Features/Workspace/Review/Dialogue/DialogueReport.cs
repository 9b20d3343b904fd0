using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Progress;
using ComunidadPyme.Web.Features.Workspace.Review.Freshness;

namespace ComunidadPyme.Web.Features.Workspace.Review.Dialogue;

/// <summary>
/// The report of a reporting cycle for the next Inter-American Dialogue: what the OAS review accepted, country by
/// country and principle by principle, with both levels and their change since the previous cycle. Reports not yet
/// accepted are not presented; each country says how many are still under review.
/// </summary>
public sealed record DialogueReport(
    CycleChoice Cycle,
    CycleChoice? PreviousCycle,
    IReadOnlyList<PrincipleColumn> Columns,
    IReadOnlyList<DialogueCountry> Countries,
    IReadOnlyList<CountryWithoutReports> WithoutAcceptedReports,
    DateTime GeneratedAtUtc)
{
    public bool IsEmpty => Countries.Count == 0;

    public bool HasSampleData => Countries.Any(c => c.IsSample);

    public int AcceptedReports => Countries.Sum(c => c.Entries.Count);

    public int ReportsUnderReview => Countries.Sum(c => c.ReportsUnderReview) + WithoutAcceptedReports.Sum(c => c.ReportsUnderReview);

    /// <summary>Every country's entry on one principle, for the principle's sheet of the workbook.</summary>
    public IEnumerable<(DialogueCountry Country, DialogueEntry Entry)> On(PrincipleColumn column) =>
        from country in Countries
        let entry = country.EntryFor(column)
        where entry is not null
        select (country, entry);
}

/// <summary>A country's accepted reports in the cycle, in the order of the principles.</summary>
public sealed record DialogueCountry(
    string Iso2, string Iso3, string Name, SubRegion SubRegion, IReadOnlyList<DialogueEntry> Entries, int ReportsUnderReview)
{
    public bool IsSample => Entries.Any(e => e.Levels.IsSample);

    public DialogueEntry? EntryFor(PrincipleColumn column) =>
        Entries.FirstOrDefault(e => e.Column.Kind == column.Kind && e.Column.Number == column.Number);

    /// <summary>The anchor of the country's page in the printed report: "country-br".</summary>
    public string Anchor => $"country-{Iso2.ToLowerInvariant()}";
}

/// <summary>
/// One accepted report: both levels with their changes (<see cref="ProgressCell"/>), the reviewer's reasons, the
/// country's narrative (shown in the reader's language where translated, else in its original language, marked) and
/// its evidence.
/// </summary>
public sealed record DialogueEntry(
    PrincipleColumn Column, ProgressCell Levels, string? Rationale, TranslatableText? Narrative, IReadOnlyList<EvidenceView> Evidence);

/// <summary>A member state with no accepted report in the cycle, and how many of its reports are still under review.</summary>
public sealed record CountryWithoutReports(string Iso2, string Iso3, string Name, SubRegion SubRegion, int ReportsUnderReview);

/// <summary>
/// A country's one-page briefing for the Dialogue: what changed since the last cycle, what of its data is stale
/// or missing, and the countries at the same level (and one level ahead) on each principle.
/// </summary>
public sealed record DialogueBriefing(
    DialogueReport Report,
    string Iso2,
    string Name,
    DialogueCountry? Country,
    int ReportsUnderReview,
    CountryFreshness? Freshness,
    IReadOnlyList<PeerGroup> Peers)
{
    public IEnumerable<DialogueEntry> Changed =>
        Country?.Entries.Where(e => e.Levels.Change is not Core.Principles.LevelChange.Same
                                    || e.Levels.AssessedChange is not (Core.Principles.LevelChange.Same or Core.Principles.LevelChange.None))
        ?? [];

    public IEnumerable<DialogueEntry> Unchanged => Country?.Entries.Except(Changed) ?? [];
}

/// <summary>
/// The countries beside one at a principle: the same level and one level ahead, on the OAS review's scale when the
/// country's report was assessed, else on the countries' own levels (the two scales are never mixed).
/// </summary>
public sealed record PeerGroup(PrincipleColumn Column, bool ByReviewersLevel, int Level, IReadOnlyList<PeerCountry> Same, IReadOnlyList<PeerCountry> Ahead);

public sealed record PeerCountry(string Iso2, string Name);
