namespace ComunidadPyme.Web.Features.Progress;

/// <summary>Marker for the public progress view's interface text (in the .resx files beside it).</summary>
public sealed class ProgressResource;
