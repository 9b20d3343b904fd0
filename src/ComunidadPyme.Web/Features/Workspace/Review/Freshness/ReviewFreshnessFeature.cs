namespace ComunidadPyme.Web.Features.Workspace.Review.Freshness;

public static class ReviewFreshnessFeature
{
    public static IServiceCollection AddReviewFreshnessFeature(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName);
        services.AddScoped<RegionFreshnessReader>();
        services.AddScoped<ReviewFreshnessService>();
        services.AddScoped<StaleDataReminderJob>();
        services.AddHostedService<StaleDataReminderService>();
        return services;
    }
}
