namespace ComunidadPyme.Web.Features.Maps;

public static class MapsFeature
{
    public static IServiceCollection AddMapsFeature(this IServiceCollection services, IHostEnvironment environment)
    {
        // The file ships beside the assembly, so the map works whatever directory the portal is started from.
        services.AddSingleton(_ =>
        {
            var beside = Path.Combine(AppContext.BaseDirectory, AmericasMapShapes.RelativePath);
            return AmericasMapShapes.Load(File.Exists(beside)
                ? beside
                : Path.Combine(environment.ContentRootPath, AmericasMapShapes.RelativePath));
        });
        services.AddScoped<ChoroplethMapBuilder>();
        return services;
    }
}
