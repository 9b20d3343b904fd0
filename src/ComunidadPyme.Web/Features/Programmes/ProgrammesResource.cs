namespace ComunidadPyme.Web.Features.Programmes;

/// <summary>Marker for the programmes directory's interface text (in the .resx files beside it).</summary>
public sealed class ProgrammesResource;
