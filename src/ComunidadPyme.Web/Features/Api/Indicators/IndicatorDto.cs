using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Api.Common;

namespace ComunidadPyme.Web.Features.Api.Indicators;

/// <summary>An entry of the indicator catalogue; texts are in the language asked for.</summary>
public sealed record IndicatorDto(
    string Code,
    string Name,
    LocalizedNamesDto Names,
    string Description,
    string Unit,
    string Methodology,
    IndicatorKind Kind,
    IndicatorTheme Theme,
    Periodicity Periodicity,
    int Decimals,
    double? MinValue,
    double? MaxValue,
    string Source,
    bool IsActive,
    IndicatorCoverageDto Coverage);
