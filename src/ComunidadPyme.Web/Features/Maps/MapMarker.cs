namespace ComunidadPyme.Web.Features.Maps;

/// <summary>The centre of a state too small to see at continental scale, in viewBox units.</summary>
public sealed record MapMarker(double X, double Y);
