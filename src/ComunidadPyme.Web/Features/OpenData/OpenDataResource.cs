namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>Marker for the open-data page's text in Resources/Features/OpenData/OpenDataResource.{culture}.resx.</summary>
public sealed class OpenDataResource;
