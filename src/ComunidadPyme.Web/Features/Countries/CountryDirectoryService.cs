using ComunidadPyme.Core.Countries;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Countries;

/// <summary>Reads the directory of member states for the public pages.</summary>
public sealed class CountryDirectoryService(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CountryListItem>> ListAsync(string language, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var countries = await db.Countries.AsNoTracking()
            .Select(c => new
            {
                c.Iso2,
                c.Iso3,
                c.Name,
                c.SubRegion,
                Membership = c.Membership
                    .Where(m => m.EffectiveFrom <= today)
                    .OrderByDescending(m => m.EffectiveFrom)
                    .Select(m => new { m.Status, m.EffectiveFrom })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return countries
            .Select(c => new CountryListItem(c.Iso2, c.Iso3, c.Name.In(language), c.SubRegion,
                c.Membership?.Status, c.Membership?.EffectiveFrom))
            .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), true))
            .ToList();
    }
}
