namespace ComunidadPyme.Web.Features.Maps;

/// <summary>Everything the <c>_ChoroplethMap</c> partial needs to draw a coloured map of the member states.</summary>
public sealed record ChoroplethMap(
    string Caption,
    string Unit,
    string ViewBox,
    string Context,
    string Attribution,
    IReadOnlyList<MapArea> Areas,
    IReadOnlyList<LegendEntry> Legend)
{
    public const int ShadeCount = 5;

    public bool HasSampleValues => Areas.Any(a => a.Value?.IsSample == true);
}

/// <summary>A member state on the map: its outline, its shade and what it says to a reader (the view links it to its profile).</summary>
/// <param name="Shade">0 (lightest) to 4 (darkest); null when there is no figure.</param>
/// <param name="MarkerX">Invariant-culture centre of the marker of a small state, else null.</param>
public sealed record MapArea(
    string Iso2,
    string Name,
    string Path,
    int? Shade,
    string Label,
    MapValue? Value,
    string? MarkerX,
    string? MarkerY);

/// <summary>A country's figure as the map shows it: the number for classing, its text in the visitor's culture.</summary>
public sealed record MapValue(double Value, string Formatted, int Year, bool IsSample);

/// <summary>A line of the map legend: a shade (null for "no data"), its range in words and how many countries.</summary>
public sealed record LegendEntry(int? Shade, string Label, int Count);
