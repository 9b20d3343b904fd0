using ComunidadPyme.Web.Infrastructure.Filters;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComunidadPyme.Web.Features.Programmes;

public static class ProgrammesFeature
{
    public static IServiceCollection AddProgrammesFeature(this IServiceCollection services)
    {
        services.TryAddScoped<CountryChoiceService>();
        services.AddScoped<ProgrammeDirectoryService>();
        return services;
    }
}
