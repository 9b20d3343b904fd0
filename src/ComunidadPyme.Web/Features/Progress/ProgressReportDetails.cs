using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>
/// One accepted progress report as the public reads it: the country's level and the OAS reviewer's beside it, each
/// with its change since the same country's accepted report on the principle in the previous cycle.
/// </summary>
public sealed record ProgressReportDetails(
    string CountryIso2,
    string CountryName,
    PrincipleKind Kind,
    int Number,
    string ShortTitle,
    string PrincipleText,
    CycleChoice Cycle,
    CycleChoice? PreviousCycle,
    ProgressCell Levels,
    string? AssessmentRationale,
    TranslatableText? Narrative,
    IReadOnlyList<EvidenceLink> Evidence,
    DateTime? AcceptedAtUtc,
    bool IsSample)
{
    public ProgressLevel Level => Levels.Level;

    public AssessmentLevel? AssessedLevel => Levels.AssessedLevel;
}
