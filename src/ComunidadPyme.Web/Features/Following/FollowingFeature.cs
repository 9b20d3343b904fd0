namespace ComunidadPyme.Web.Features.Following;

public static class FollowingFeature
{
    public static IServiceCollection AddFollowingFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<FollowService>();
        services.AddScoped<DigestSender>();
        services.AddSingleton<FollowTokens>();
        services.AddScoped<FollowLinks>();
        services.AddSingleton<FollowLimiter>();
        if (configuration.GetValue("Following:SendDigests", true))
        {
            services.AddHostedService<DigestService>();
        }

        return services;
    }
}
