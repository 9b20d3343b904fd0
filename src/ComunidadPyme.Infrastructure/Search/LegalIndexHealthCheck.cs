using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// Degraded (still ready: every other page works) while the legal library could not be built or leaves
/// records out; healthy again once a rebuild or an edit of those records indexes them.
/// </summary>
public sealed class LegalIndexHealthCheck(LegalIndexMaintainer maintainer) : IHealthCheck
{
    public const string Name = "legal-index";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!maintainer.IsBuilt)
        {
            return Task.FromResult(HealthCheckResult.Degraded("The legal library index has not been built."));
        }

        var skipped = maintainer.Skipped;
        return Task.FromResult(skipped.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded(
                $"{skipped.Count} legal instrument(s) could not be indexed: {string.Join(", ", skipped.Take(20).Select(s => s.InstrumentId))}"));
    }
}
