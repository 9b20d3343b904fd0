namespace ComunidadPyme.Web.Features.Programmes;

public static class ProgrammesFeature
{
    public static IServiceCollection AddProgrammesFeature(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeDirectoryService>();
        return services;
    }
}
