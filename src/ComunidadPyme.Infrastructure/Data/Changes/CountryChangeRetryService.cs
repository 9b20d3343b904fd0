using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Infrastructure.Data.Changes;

/// <summary>Retries, at a fixed interval, the follow-up work that failed after a committed save.</summary>
public sealed class CountryChangeRetryService(
    CountryChangeNotifier notifier, IOptions<CountryChangeRetryOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await notifier.RetryPendingAsync(stoppingToken);
        }
    }
}

public sealed class CountryChangeRetryOptions
{
    public const string SectionName = "PostCommit";

    /// <summary>How often failed follow-up work (index update, cache eviction) is tried again.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
