namespace ComunidadPyme.Web.Features.CountryProfile;

public static class CountryProfileFeature
{
    public static IServiceCollection AddCountryProfileFeature(this IServiceCollection services)
    {
        services.AddScoped<CountryProfileService>();
        services.AddScoped<CountryDataExport>();
        services.AddScoped<MsmeCheckService>();
        return services;
    }
}
