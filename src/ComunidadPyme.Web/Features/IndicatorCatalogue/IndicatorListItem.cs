using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>A catalogue entry as listed for administrators, named in their language.</summary>
public sealed record IndicatorListItem(
    int Id, string Code, string Name, string Unit, IndicatorTheme Theme, IndicatorKind Kind, Periodicity Periodicity,
    int Decimals, double? MinValue, double? MaxValue, int SortOrder, bool IsActive);
