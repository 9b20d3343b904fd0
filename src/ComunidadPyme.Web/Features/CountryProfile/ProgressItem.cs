using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// An accepted progress report on one principle or area of emphasis: the country's level and the OAS reviewer's
/// (<see cref="Levels"/>, with their change since the country's accepted report on the principle in the previous cycle).
/// </summary>
public sealed record ProgressItem(
    PrincipleKind Kind,
    int Number,
    LocalizedText ShortTitle,
    LocalizedText CycleName,
    ComunidadPyme.Web.Features.Progress.ProgressCell Levels,
    TranslatableText? Narrative,
    IReadOnlyList<EvidenceLink> Evidence,
    DateTime? AcceptedAtUtc,
    bool IsSample,
    DateTime UpdatedAtUtc)
{
    public ProgressLevel Level => Levels.Level;
}
