namespace ComunidadPyme.Web.Features.OpenData;

public static class OpenDataServices
{
    public static IServiceCollection AddOpenDataDownloads(this IServiceCollection services)
    {
        services.AddScoped<OpenDataTables>();
        services.AddScoped<OpenDataFiles>();
        services.AddScoped<CatalogueTexts>();
        services.AddScoped<OpenDataCatalogue>();
        services.AddScoped<OpenDataPageService>();
        return services;
    }
}
