namespace ComunidadPyme.Web.Features.Problems;

/// <summary>Marker type for the text of "report a problem".</summary>
public sealed class ProblemsResource;
