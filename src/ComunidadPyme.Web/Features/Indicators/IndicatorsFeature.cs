namespace ComunidadPyme.Web.Features.Indicators;

public static class IndicatorsFeature
{
    public static IServiceCollection AddIndicatorsFeature(this IServiceCollection services) =>
        services.AddScoped<IndicatorDirectoryService>();
}
