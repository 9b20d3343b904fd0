using ComunidadPyme.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// Keeps the index in step with the database. Reads and writes one at a time, so an older read can never
/// overwrite a newer one; changes saved before the first build are left to that build.
/// </summary>
public sealed class LegalIndexMaintainer(
    LegalSearchIndex index, IServiceScopeFactory scopes, ILogger<LegalIndexMaintainer> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _built;

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var entries = await LoadAsync(null, cancellationToken);
            index.Rebuild(entries);
            _built = true;
            logger.LogInformation("Legal library index built: {Count} instruments", entries.Count);
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
                index.ReplaceCountries(countryIds, await LoadAsync(countryIds, cancellationToken));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<List<LegalIndexEntry>> LoadAsync(IReadOnlyCollection<int>? countryIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await LegalIndexLoader.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), countryIds, cancellationToken);
    }

    public void Dispose() => _gate.Dispose();
}
