using ComunidadPyme.Web.Features.Charts;
using ComunidadPyme.Web.Features.Maps;

namespace ComunidadPyme.Web.Features.Compare;

/// <param name="Chart">The chart for the line and bar views, else null.</param>
/// <param name="Map">The map for the map view, else null.</param>
public sealed record CompareViewModel(
    CompareCatalogue Catalogue,
    CompareSelection Selection,
    CompareTable Table,
    ChartSpec? Chart,
    ChoroplethMap? Map);
