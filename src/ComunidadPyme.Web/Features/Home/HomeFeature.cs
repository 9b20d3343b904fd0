namespace ComunidadPyme.Web.Features.Home;

public static class HomeFeature
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services)
    {
        services.AddScoped<HomePageService>();
        services.AddScoped<LatestUpdatesService>();
        return services;
    }
}
