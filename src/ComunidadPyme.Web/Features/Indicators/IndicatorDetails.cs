using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Indicators;

/// <summary>An indicator's definition in the visitor's language and the countries that report it.</summary>
/// <param name="Minimum">The smallest value the portal accepts, formatted, or null when unbounded.</param>
/// <param name="Maximum">The largest value the portal accepts, formatted, or null when unbounded.</param>
public sealed record IndicatorDetails(
    string Code,
    string Name,
    string Description,
    string Unit,
    IndicatorKind Kind,
    IndicatorTheme Theme,
    int Decimals,
    string Methodology,
    string Source,
    Periodicity Periodicity,
    string? Minimum,
    string? Maximum,
    IReadOnlyList<CountryIndicatorCoverage> Coverage)
{
    public bool ShowsSampleData => Coverage.Any(c => c.IsSample);

    /// <summary>Every latest value is sample: one mark on the section rather than one on every row.</summary>
    public bool AllSample => Coverage.Count > 0 && Coverage.All(c => c.IsSample);
}

/// <summary>
/// One country reporting an indicator: its first and latest year and its latest figure, formatted, marked as
/// sample exactly when that figure is.
/// </summary>
public sealed record CountryIndicatorCoverage(
    string Iso2,
    string CountryName,
    int FirstYear,
    int LatestYear,
    string LatestPeriod,
    string LatestValue,
    bool IsSample);
