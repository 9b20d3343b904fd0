using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Features.Home;

/// <summary>A recently changed record: a figure (with <see cref="Figure"/>) or a law or programme (with <see cref="Title"/>).</summary>
public sealed record LatestUpdate(
    UpdateKind Kind,
    string Iso2,
    string CountryName,
    DateTime UpdatedAtUtc,
    bool IsSample,
    string? Figure = null,
    TranslatableText? Title = null);

public enum UpdateKind
{
    Observation = 1,
    LegalInstrument = 2,
    Programme = 3,
}
