namespace ComunidadPyme.Web.Features.Compare;

/// <summary>Marker for the interface text of the compare page.</summary>
public sealed class CompareResource;
