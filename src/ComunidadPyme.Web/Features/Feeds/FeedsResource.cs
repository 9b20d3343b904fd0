namespace ComunidadPyme.Web.Features.Feeds;

/// <summary>Marker type for the text of the Atom feeds.</summary>
public sealed class FeedsResource;
