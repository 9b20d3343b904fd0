namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

public static class IndicatorCatalogueFeature
{
    /// <summary>The administration of the indicator catalogue.</summary>
    public static IServiceCollection AddIndicatorCatalogueFeature(this IServiceCollection services) =>
        services.AddScoped<IndicatorEditor>();
}
