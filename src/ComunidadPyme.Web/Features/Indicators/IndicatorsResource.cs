namespace ComunidadPyme.Web.Features.Indicators;

/// <summary>Marker for the interface text of the indicator catalogue (also used for theme and kind names).</summary>
public sealed class IndicatorsResource;
