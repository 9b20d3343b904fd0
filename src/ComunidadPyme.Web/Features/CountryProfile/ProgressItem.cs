using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>An accepted progress report on one principle or area of emphasis.</summary>
public sealed record ProgressItem(
    PrincipleKind Kind,
    int Number,
    LocalizedText ShortTitle,
    LocalizedText CycleName,
    ProgressLevel Level,
    TranslatableText? Narrative,
    IReadOnlyList<EvidenceLink> Evidence,
    DateTime? AcceptedAtUtc,
    bool IsSample,
    DateTime UpdatedAtUtc);
