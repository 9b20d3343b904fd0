namespace ComunidadPyme.Web.Features.Maps;

/// <summary>A line of the map legend: a shade (null for "no data"), its range in words and how many countries.</summary>
public sealed record LegendEntry(int? Shade, string Label, int Count);
