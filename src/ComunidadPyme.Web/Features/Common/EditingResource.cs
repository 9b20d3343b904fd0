namespace ComunidadPyme.Web.Features.Common;

/// <summary>Marker for the interface text of the editors' shared pages (in the .resx files beside it).</summary>
public sealed class EditingResource;
