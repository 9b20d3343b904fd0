using ComunidadPyme.Web.Features.Workspace.Review.Freshness;

namespace ComunidadPyme.Web.Features.Workspace.Review;

public static class ReviewFeature
{
    public static IServiceCollection AddReviewFeature(this IServiceCollection services)
    {
        services.AddScoped<ReviewQueueService>();
        services.AddScoped<ReportReviewService>();
        services.AddScoped<ReviewEmails>();
        services.AddReviewFreshnessFeature();
        return services;
    }
}
