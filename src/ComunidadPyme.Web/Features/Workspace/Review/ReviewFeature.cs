using ComunidadPyme.Web.Features.Workspace.Review.Dialogue;
using ComunidadPyme.Web.Features.Workspace.Review.Freshness;
using ComunidadPyme.Web.Features.Workspace.Review.Matrix;

namespace ComunidadPyme.Web.Features.Workspace.Review;

public static class ReviewFeature
{
    public static IServiceCollection AddReviewFeature(this IServiceCollection services)
    {
        services.AddScoped<ReviewQueueService>();
        services.AddScoped<ReportReviewService>();
        services.AddScoped<ReviewEmails>();
        services.AddReviewMatrixFeature();
        services.AddReviewFreshnessFeature();
        services.AddDialogueReportFeature();
        return services;
    }
}
