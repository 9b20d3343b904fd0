namespace ComunidadPyme.Web.Features.Laws;

public static class LawsFeature
{
    /// <summary>The legal library's services; its index is registered with the infrastructure.</summary>
    public static IServiceCollection AddLawsFeature(this IServiceCollection services)
    {
        services.AddScoped<LawLibraryService>();
        services.AddScoped<LawDetailsService>();
        services.AddScoped<LawDocumentService>();
        return services;
    }
}
