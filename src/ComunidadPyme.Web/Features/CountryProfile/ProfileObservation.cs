using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>One observation with what the profile and the downloads need of its indicator.</summary>
public sealed record ProfileObservation(
    string IndicatorCode,
    LocalizedText IndicatorName,
    LocalizedText Unit,
    int Decimals,
    IndicatorTheme Theme,
    IndicatorKind Kind,
    int SortOrder,
    string Period,
    int Year,
    double Value,
    ObservationStatus Status,
    string SourceNote,
    bool IsSample,
    DateTime UpdatedAtUtc,
    Periodicity Periodicity = Periodicity.Annual);
