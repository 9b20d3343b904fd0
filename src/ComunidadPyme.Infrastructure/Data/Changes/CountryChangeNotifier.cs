using ComunidadPyme.Core.Common;
using Microsoft.Extensions.Logging;

namespace ComunidadPyme.Infrastructure.Data.Changes;

/// <summary>
/// Runs the work that follows a committed save (search index, cached pages) for every
/// <see cref="ICountryDataChangeListener"/>. The save is already committed when this runs, so a failing
/// listener must not turn it into an error: the failure is logged and the countries are kept for
/// <see cref="CountryChangeRetryService"/> to hand to that listener again. Nothing here writes to the
/// database, so a retry can never store a record twice.
/// </summary>
public sealed class CountryChangeNotifier(
    IEnumerable<ICountryDataChangeListener> listeners, ILogger<CountryChangeNotifier> logger)
{
    private readonly ICountryDataChangeListener[] _listeners = listeners.ToArray();
    private readonly Dictionary<ICountryDataChangeListener, HashSet<int>> _pending = [];
    private readonly System.Threading.Lock _lock = new();

    /// <summary>The listeners that still owe a catch-up, with how many countries each.</summary>
    public IReadOnlyDictionary<string, int> Pending
    {
        get
        {
            lock (_lock)
            {
                return _pending.ToDictionary(p => p.Key.GetType().Name, p => p.Value.Count);
            }
        }
    }

    /// <summary>Tells every listener; never throws (the request that saved may have gone by now).</summary>
    public async Task NotifyAsync(IReadOnlyCollection<int> countryIds)
    {
        foreach (var listener in _listeners)
        {
            await TellAsync(listener, countryIds, isRetry: false);
        }
    }

    /// <summary>Hands every listener that failed the countries it missed, merged into one call each.</summary>
    public async Task RetryPendingAsync(CancellationToken cancellationToken)
    {
        List<(ICountryDataChangeListener Listener, int[] Countries)> due;
        lock (_lock)
        {
            due = _pending.Select(p => (p.Key, p.Value.ToArray())).ToList();
            _pending.Clear();
        }

        foreach (var (listener, countries) in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TellAsync(listener, countries, isRetry: true))
            {
                logger.LogInformation("{Listener} caught up with the changes of countries {Countries}",
                    listener.GetType().Name, countries);
            }
        }
    }

    private async Task<bool> TellAsync(ICountryDataChangeListener listener, IReadOnlyCollection<int> countryIds, bool isRetry)
    {
        try
        {
            // Not the request's token: once committed, the follow-up work must finish even if the client left.
            await listener.CountryDataChangedAsync(countryIds, CancellationToken.None);
            return true;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "{Listener} failed after a committed save of countries {Countries} ({Attempt}); it will be retried",
                listener.GetType().Name, countryIds, isRetry ? "retry" : "first attempt");
            lock (_lock)
            {
                if (!_pending.TryGetValue(listener, out var countries))
                {
                    _pending[listener] = countries = [];
                }

                countries.UnionWith(countryIds);
            }

            return false;
        }
    }
}
