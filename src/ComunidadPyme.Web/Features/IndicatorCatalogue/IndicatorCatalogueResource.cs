namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>Marker for the interface text of the catalogue administration (Resources/Features/IndicatorCatalogue).</summary>
public sealed class IndicatorCatalogueResource;
