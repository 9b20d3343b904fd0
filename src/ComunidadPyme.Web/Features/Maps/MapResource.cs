namespace ComunidadPyme.Web.Features.Maps;

/// <summary>Marker for the interface text of the map shared by the home and compare pages.</summary>
public sealed class MapResource;
