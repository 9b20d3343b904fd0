using ComunidadPyme.Web.Features.Progress;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComunidadPyme.Web.Features.Workspace.Review.Dialogue;

public static class DialogueReportFeature
{
    /// <summary>The report reads the cycle through the public matrix's service and the data's freshness through the region reader.</summary>
    public static IServiceCollection AddDialogueReportFeature(this IServiceCollection services)
    {
        services.TryAddScoped<ProgressMatrixService>();
        services.AddScoped<DialogueReportService>();
        services.AddScoped<DialogueWorkbook>();
        return services;
    }
}
