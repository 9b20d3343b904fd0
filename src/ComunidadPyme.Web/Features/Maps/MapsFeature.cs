namespace ComunidadPyme.Web.Features.Maps;

public static class MapsFeature
{
    public static IServiceCollection AddMapsFeature(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddSingleton(_ => AmericasMapShapes.Load(
            Path.Combine(environment.ContentRootPath, AmericasMapShapes.RelativePath)));
        services.AddScoped<ChoroplethMapBuilder>();
        return services;
    }
}
