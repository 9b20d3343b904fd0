using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>What can be compared: the active indicators and the member states, read once per request.</summary>
public sealed record CompareCatalogue(IReadOnlyList<CompareIndicator> Indicators, IReadOnlyList<CompareCountry> Countries)
{
    public const string DefaultIndicator = "MSME_DENSITY";

    public CompareIndicator? FindIndicator(string? code) =>
        string.IsNullOrWhiteSpace(code)
            ? null
            : Indicators.FirstOrDefault(i => string.Equals(i.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    public CompareCountry? FindCountry(string code) =>
        Countries.FirstOrDefault(c => string.Equals(c.Iso2, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>MSME density when it has figures, else the first indicator with figures, else the first.</summary>
    public CompareIndicator? DefaultChoice() =>
        Indicators.FirstOrDefault(i => i.Code == DefaultIndicator && i.LatestYear is not null)
        ?? Indicators.FirstOrDefault(i => i.LatestYear is not null)
        ?? Indicators.FirstOrDefault();
}

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

/// <summary>A member state that can be compared, with its name in the visitor's language.</summary>
public sealed record CompareCountry(int Id, string Iso2, string Name, SubRegion SubRegion);
