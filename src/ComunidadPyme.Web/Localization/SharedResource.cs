namespace ComunidadPyme.Web;

/// <summary>
/// Marker for the interface text in Resources/SharedResource.{culture}.resx. It sits in the root
/// namespace so that the resource files need no folder of their own.
/// </summary>
public sealed class SharedResource;
