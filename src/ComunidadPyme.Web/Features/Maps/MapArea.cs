namespace ComunidadPyme.Web.Features.Maps;

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
