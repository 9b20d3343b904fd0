namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>Marker for the interface text of the catalogue administration (in the .resx files beside it).</summary>
public sealed class IndicatorCatalogueResource;
