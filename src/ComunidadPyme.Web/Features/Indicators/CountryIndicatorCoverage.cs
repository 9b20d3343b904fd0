namespace ComunidadPyme.Web.Features.Indicators;

/// <summary>One country reporting an indicator: its first and latest year and its latest figure, formatted.</summary>
public sealed record CountryIndicatorCoverage(
    string Iso2,
    string CountryName,
    int FirstYear,
    int LatestYear,
    string LatestPeriod,
    string LatestValue,
    bool IsSample);
