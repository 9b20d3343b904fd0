namespace ComunidadPyme.Web.Features.Maps;

/// <summary>One class of a choropleth legend: the values from <see cref="Min"/> to <see cref="Max"/>.</summary>
/// <param name="Index">0 for the lowest class; it picks the shade, from light to dark.</param>
public sealed record ValueClass(int Index, double Min, double Max, int Count);
