using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Infrastructure.Search;

public static class LegalSearchRegistration
{
    /// <summary>The index lives in {Storage:DataDirectory}/index/laws; it is rebuilt from the database on every start.</summary>
    public static IServiceCollection AddLegalSearch(this IServiceCollection services)
    {
        services.AddSingleton(sp => LegalSearchIndex.InFolder(
            Path.Combine(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory, "index", "laws")));
        services.AddSingleton<LegalIndexMaintainer>();
        services.AddHostedService<LegalIndexStartup>();
        services.AddSingleton<ICountryDataChangeListener, LegalIndexUpdater>();
        services.AddHealthChecks().AddCheck<LegalIndexHealthCheck>(LegalIndexHealthCheck.Name, tags: ["ready"]);
        return services;
    }
}
