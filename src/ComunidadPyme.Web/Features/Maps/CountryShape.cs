namespace ComunidadPyme.Web.Features.Maps;

/// <summary>One member state's outline; small island states also get a marker so they can be seen and clicked.</summary>
public sealed record CountryShape(string Iso2, string Path, MapMarker? Marker);
