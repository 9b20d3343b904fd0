using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Data.Changes;
using ComunidadPyme.Infrastructure.Data.Repair;
using ComunidadPyme.Infrastructure.Data.Seeding;
using ComunidadPyme.Infrastructure.Options;
using ComunidadPyme.Infrastructure.Search;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComunidadPyme.Infrastructure;

public static class InfrastructureServices
{
    public const string SqliteMigrationsAssembly = "ComunidadPyme.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "ComunidadPyme.Migrations.SqlServer";

    /// <summary>
    /// The database, search index, seeding and repairs. The host registers <see cref="ICurrentUser"/> (who
    /// is saving, for stamps and the audit trail): the web portal's signed-in person.
    /// </summary>
    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new();
        if (!DatabaseOptions.Providers.Contains(database.Provider))
        {
            throw new UnknownProviderException(database.Provider);
        }

        var dataDirectory = DataDirectory.Resolve(configuration, environment);
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<StorageOptions>(o => o.DataDirectory = dataDirectory);
        services.AddSingleton(TimeProvider.System);

        services.AddDbContext<AppDbContext>(options =>
        {
            UseProvider(options, database.Provider, configuration, dataDirectory);
            options.AddInterceptors(CommittedChangesInterceptor.Instance);
        });

        services.AddDataProtection().SetApplicationName("ComunidadPyme").PersistKeysToDbContext<AppDbContext>();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        services.AddSingleton<CountryChangeNotifier>();
        services.Configure<CountryChangeRetryOptions>(configuration.GetSection(CountryChangeRetryOptions.SectionName));
        services.AddHostedService<CountryChangeRetryService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<StoredTextRepair>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<SampleContentSeeder>();
        services.AddScoped<SampleAccountSeeder>();
        services.AddLegalSearch();
        return services;
    }

    private static void UseProvider(
        DbContextOptionsBuilder options, string? provider, IConfiguration configuration, string dataDirectory)
    {
        switch (provider)
        {
            case DatabaseOptions.Sqlite:
                var sqlite = (configuration.GetConnectionString(DatabaseOptions.Sqlite)
                              ?? "Data Source=|DataDirectory|/comunidadpyme.db")
                    .Replace("|DataDirectory|", dataDirectory, StringComparison.Ordinal);
                options.UseSqlite(sqlite, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseOptions.SqlServer:
                var sqlServer = configuration.GetConnectionString(DatabaseOptions.SqlServer)
                                ?? throw new InvalidOperationException("ConnectionStrings:SqlServer is not set.");
                options.UseSqlServer(sqlServer, o => o.MigrationsAssembly(SqlServerMigrationsAssembly));
                break;
            default:
                throw new UnknownProviderException(provider);
        }
    }
}
