using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Indicators;

/// <summary>A catalogue entry as listed, in the visitor's language, with how many countries report it.</summary>
public sealed record IndicatorSummary(
    string Code,
    string Name,
    string Description,
    string Unit,
    IndicatorKind Kind,
    IndicatorTheme Theme,
    int CountryCount,
    int? LatestYear);
