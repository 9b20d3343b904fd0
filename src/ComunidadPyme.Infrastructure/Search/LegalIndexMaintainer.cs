using ComunidadPyme.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// Keeps the index in step with the database. Reads and writes one at a time, so an older read can never
/// overwrite a newer one; changes saved before the first build are left to that build. Remembers what it
/// could not index, so the readiness probe can report a degraded library until those records are repaired.
/// </summary>
public sealed class LegalIndexMaintainer(
    LegalSearchIndex index, IServiceScopeFactory scopes, ILogger<LegalIndexMaintainer> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<int, List<LegalIndexSkip>> _skippedByCountry = [];
    private bool _built;

    /// <summary>False until the first build has succeeded (it failed, or has not run yet).</summary>
    public bool IsBuilt => _built;

    /// <summary>The instruments left out of the index, until a later update of their country indexes them.</summary>
    public IReadOnlyList<LegalIndexSkip> Skipped
    {
        get
        {
            lock (_skippedByCountry)
            {
                return _skippedByCountry.Values.SelectMany(s => s).OrderBy(s => s.InstrumentId).ToList();
            }
        }
    }

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var entries = await LoadAsync(null, cancellationToken);
            var skipped = index.Rebuild(entries);
            lock (_skippedByCountry)
            {
                _skippedByCountry.Clear();
            }

            Remember(entries.Select(e => e.CountryId).Distinct().ToList(), skipped);
            _built = true;
            logger.LogInformation("Legal library index built: {Count} instruments, {Skipped} left out",
                entries.Count - skipped.Count, skipped.Count);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task RefreshCountriesAsync(IReadOnlyCollection<int> countryIds, CancellationToken cancellationToken)
    {
        if (countryIds.Count == 0)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_built)
            {
                Remember(countryIds, index.ReplaceCountries(countryIds, await LoadAsync(countryIds, cancellationToken)));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Remember(IReadOnlyCollection<int> countryIds, IReadOnlyList<LegalIndexSkip> skipped)
    {
        foreach (var skip in skipped)
        {
            logger.LogWarning("Legal instrument {InstrumentId} (country {CountryId}) was left out of the search index: {Reason}",
                skip.InstrumentId, skip.CountryId, skip.Reason);
        }

        lock (_skippedByCountry)
        {
            foreach (var countryId in countryIds)
            {
                _skippedByCountry.Remove(countryId);
            }

            foreach (var group in skipped.GroupBy(s => s.CountryId))
            {
                _skippedByCountry[group.Key] = group.ToList();
            }
        }
    }

    private async Task<List<LegalIndexEntry>> LoadAsync(IReadOnlyCollection<int>? countryIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await LegalIndexLoader.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), countryIds, cancellationToken);
    }

    public void Dispose() => _gate.Dispose();
}
