namespace ComunidadPyme.Web.Features.Progress;

/// <summary>Marker for the public progress view's interface text (Resources/Features/Progress).</summary>
public sealed class ProgressResource;
