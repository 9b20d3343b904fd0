using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>An indicator that can be compared, in the visitor's language, with the countries that report it.</summary>
public sealed record CompareIndicator(
    int Id,
    string Code,
    string Name,
    string Unit,
    int Decimals,
    IndicatorTheme Theme,
    int? LatestYear,
    IReadOnlySet<int> ReportingCountryIds);
