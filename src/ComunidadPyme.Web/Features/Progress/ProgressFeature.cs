namespace ComunidadPyme.Web.Features.Progress;

public static class ProgressFeature
{
    public static IServiceCollection AddProgressFeature(this IServiceCollection services)
    {
        services.AddScoped<ProgressMatrixService>();
        services.AddScoped<ProgressReportService>();
        return services;
    }
}
