namespace ComunidadPyme.Web.Features.Laws;

/// <summary>Marker for the legal library's interface text (Resources/Features/Laws).</summary>
public sealed class LawsResource;
