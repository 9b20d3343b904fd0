using System.Data.Common;
using ComunidadPyme.Infrastructure.Options;
using ComunidadPyme.Infrastructure.Data.Repair;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Infrastructure.Data.Seeding;

/// <summary>
/// Brings the database up to date on start: migrations (in Development or when asked), repairs of rows an
/// earlier version stored wrongly, reference data on an empty database, then sample content and sample
/// accounts where configured.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    ReferenceDataSeeder referenceData,
    SampleContentSeeder sampleContent,
    SampleAccountSeeder sampleAccounts,
    StoredTextRepair storedTexts,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger)
{
    /// <returns>False when the database could not be reached; the readiness probe then reports it.</returns>
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            if (options.Value.MigrateOnStartup || environment.IsDevelopment())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            await storedTexts.RepairAsync(cancellationToken);
            await referenceData.SeedAsync(cancellationToken);
            if (options.Value.SeedSampleContent)
            {
                await sampleContent.SeedAsync(cancellationToken);
            }

            if (environment.IsDevelopment())
            {
                await sampleAccounts.SeedAsync(cancellationToken);
            }

            return true;
        }
        catch (DbException ex)
        {
            // One clear line instead of a stack trace: the readiness probe keeps reporting the outage.
            logger.LogError("The database could not be reached or prepared ({Provider}): {Reason}",
                options.Value.Provider, ex.Message);
            return false;
        }
    }
}
