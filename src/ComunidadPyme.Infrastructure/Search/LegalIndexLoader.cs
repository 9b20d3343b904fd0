using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>Reads the instruments to index from the database: all of them, or those of some countries.</summary>
internal static class LegalIndexLoader
{
    public static async Task<List<LegalIndexEntry>> LoadAsync(
        AppDbContext db, IReadOnlyCollection<int>? countryIds, CancellationToken cancellationToken)
    {
        var instruments = db.LegalInstruments.AsNoTracking();
        if (countryIds is not null)
        {
            instruments = instruments.Where(l => countryIds.Contains(l.CountryId));
        }

        return await instruments
            .Join(db.Countries, l => l.CountryId, c => c.Id, (l, c) => new LegalIndexEntry(
                l.Id, l.CountryId, c.Iso2, l.Type, l.Status, l.Topics, l.OfficialNumber, l.Title, l.Summary,
                l.EnactedOn, l.PublishedOn))
            .ToListAsync(cancellationToken);
    }
}
