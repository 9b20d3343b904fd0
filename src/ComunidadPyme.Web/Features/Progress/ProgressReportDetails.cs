using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>One accepted progress report as the public reads it.</summary>
public sealed record ProgressReportDetails(
    string CountryIso2,
    string CountryName,
    PrincipleKind Kind,
    int Number,
    string ShortTitle,
    string PrincipleText,
    CycleChoice Cycle,
    ProgressLevel Level,
    TranslatableText? Narrative,
    IReadOnlyList<EvidenceLink> Evidence,
    DateTime? AcceptedAtUtc,
    bool IsSample);
