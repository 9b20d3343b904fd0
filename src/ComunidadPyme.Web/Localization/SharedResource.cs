namespace ComunidadPyme.Web.Localization;

/// <summary>
/// Marker for the interface text shared by several features, in SharedResource.{culture}.resx beside it.
/// (A feature's own text is in its folder, beside its controller.)
/// </summary>
public sealed class SharedResource;
