using ComunidadPyme.Infrastructure.Data.Changes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// Builds the legal library index from the database when the portal starts (after migration and seeding).
/// Start-up never depends on the content or on the index: if the build fails the portal starts all the
/// same, the readiness probe reports the index as degraded, and the build is tried again in the background
/// at the post-commit retry interval until it succeeds.
/// </summary>
public sealed class LegalIndexStartup(
    LegalIndexMaintainer maintainer,
    IOptions<CountryChangeRetryOptions> retry,
    TimeProvider clock,
    ILogger<LegalIndexStartup> logger) : IHostedService
{
    // Not disposed: it has no timer, and the host may stop a service more than once.
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryBuildAsync(cancellationToken))
        {
            _retrying = RetryUntilBuiltAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RetryUntilBuiltAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var timer = new PeriodicTimer(retry.Value.Interval, clock);
            while (await timer.WaitForNextTickAsync(stoppingToken) && !await TryBuildAsync(stoppingToken))
            {
            }
        }
        catch (OperationCanceledException)
        {
            // The portal is stopping.
        }
    }

    private async Task<bool> TryBuildAsync(CancellationToken cancellationToken)
    {
        try
        {
            await maintainer.RebuildAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The legal library index could not be built; the portal runs without it and tries again: {Reason}", ex.Message);
            return false;
        }
    }
}
