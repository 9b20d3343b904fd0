using System.Collections.Concurrent;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Infrastructure.Caching;

/// <summary>
/// Drops cached public pages when data change: the changed countries' pages and every page that spans
/// countries. Called by <see cref="AppDbContext"/> after each save, so no feature can forget it.
/// </summary>
public sealed class OutputCacheInvalidator(IOutputCacheStore store, IServiceScopeFactory scopes) : ICountryDataChangeListener
{
    // ISO codes never change, so the id → code map is kept for the life of the process.
    private static readonly ConcurrentDictionary<int, string> s_iso2ById = new();

    public async Task CountryDataChangedAsync(IReadOnlyCollection<int> countryIds, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(PublicCache.AllTag, cancellationToken);
        foreach (var id in countryIds)
        {
            var iso2 = await Iso2Async(id, cancellationToken);
            if (iso2 is not null)
            {
                await store.EvictByTagAsync(PublicCache.CountryTag(iso2), cancellationToken);
            }
        }
    }

    private async Task<string?> Iso2Async(int countryId, CancellationToken cancellationToken)
    {
        if (s_iso2ById.TryGetValue(countryId, out var known))
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var iso2 = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Countries.AsNoTracking()
            .Where(c => c.Id == countryId).Select(c => c.Iso2).FirstOrDefaultAsync(cancellationToken);
        return iso2 is null ? null : s_iso2ById.GetOrAdd(countryId, iso2);
    }
}
