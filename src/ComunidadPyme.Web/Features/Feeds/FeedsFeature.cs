namespace ComunidadPyme.Web.Features.Feeds;

public static class FeedsFeature
{
    public static IServiceCollection AddFeedsFeature(this IServiceCollection services)
    {
        services.AddScoped<FeedService>();
        return services;
    }
}
