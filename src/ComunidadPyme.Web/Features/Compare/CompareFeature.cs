namespace ComunidadPyme.Web.Features.Compare;

public static class CompareFeature
{
    public static IServiceCollection AddCompareFeature(this IServiceCollection services)
    {
        services.AddScoped<CompareService>();
        services.AddScoped<ComparePageService>();
        services.AddScoped<CompareTableExport>();
        return services;
    }
}
