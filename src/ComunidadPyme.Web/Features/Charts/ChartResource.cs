namespace ComunidadPyme.Web.Features.Charts;

/// <summary>Marker type for the text of charts, their downloads and embeds.</summary>
public sealed class ChartResource;
