using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>An accepted report in the matrix: the level a country reported on one principle.</summary>
public sealed record ProgressCell(PrincipleKind Kind, int Number, ProgressLevel Level, bool IsSample);
