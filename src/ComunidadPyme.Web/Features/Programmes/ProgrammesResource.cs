namespace ComunidadPyme.Web.Features.Programmes;

/// <summary>Marker for the programmes directory's interface text (Resources/Features/Programmes).</summary>
public sealed class ProgrammesResource;
