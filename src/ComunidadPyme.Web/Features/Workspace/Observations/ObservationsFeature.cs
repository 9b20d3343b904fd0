using ComunidadPyme.Web.Features.Workspace.Observations.Grid;
using ComunidadPyme.Web.Features.Workspace.Observations.Import;

namespace ComunidadPyme.Web.Features.Workspace.Observations;

public static class ObservationsFeature
{
    /// <summary>The observations grid and the import of observations from files.</summary>
    public static IServiceCollection AddObservationsFeature(this IServiceCollection services)
    {
        services.AddScoped<ObservationCatalogue>();
        services.AddScoped<ObservationGridReader>();
        services.AddScoped<ObservationGridWriter>();
        services.AddScoped<ImportPlanStore>();
        services.AddScoped<ObservationImportService>();
        services.AddScoped<ImportRowChecker>();
        services.AddScoped<ImportPlanner>();
        services.AddScoped<ImportCommitter>();
        services.AddScoped<ImportTemplateBuilder>();
        return services;
    }
}
