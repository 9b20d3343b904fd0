namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>Marker for the open-data page's text (in the .resx files beside it).</summary>
public sealed class OpenDataResource;
