namespace ComunidadPyme.Web.Features.Laws;

/// <summary>Marker for the legal library's interface text (in the .resx files beside it).</summary>
public sealed class LawsResource;
