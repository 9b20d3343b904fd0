using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>Builds the legal library index from the database when the portal starts (after migration and seeding).</summary>
public sealed class LegalIndexStartup(LegalIndexMaintainer maintainer, ILogger<LegalIndexStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await maintainer.RebuildAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or IOException)
        {
            // The portal still starts: the library is empty until the next start, and the readiness probe
            // already reports an unreachable database.
            logger.LogError("The legal library index could not be built: {Reason}", ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
