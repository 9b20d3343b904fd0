namespace ComunidadPyme.Web.Features.Home;

/// <summary>Marker for the interface text of the home page.</summary>
public sealed class HomeResource;
