namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>When an indicator's values last changed, and the ISO 3166-1 alpha-3 codes of the countries that have any.</summary>
public sealed record IndicatorDownloadCoverage(DateTime UpdatedUtc, IReadOnlyList<string> CountryIso3);
