namespace ComunidadPyme.Web.Features.Problems;

public static class ProblemsFeature
{
    public static IServiceCollection AddProblemsFeature(this IServiceCollection services)
    {
        services.AddScoped<ProblemReportService>();
        services.AddSingleton<ProblemReportLimiter>();
        return services;
    }
}
