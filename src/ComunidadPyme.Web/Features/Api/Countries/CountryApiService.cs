using ComunidadPyme.Core.Countries;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Api.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Api.Countries;

/// <summary>Reads the member states for the API, with each one's membership status today.</summary>
public sealed class CountryApiService(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CountryDto>> ListAsync(string language, CancellationToken cancellationToken) =>
        await QueryAsync(db.Countries.AsNoTracking(), language, cancellationToken);

    public async Task<CountryDto?> FindAsync(string iso2, string language, CancellationToken cancellationToken)
    {
        var code = iso2.Trim().ToUpperInvariant();
        var found = await QueryAsync(db.Countries.AsNoTracking().Where(c => c.Iso2 == code), language, cancellationToken);
        return found.FirstOrDefault();
    }

    private async Task<IReadOnlyList<CountryDto>> QueryAsync(
        IQueryable<Country> countries, string language, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await countries
            .OrderBy(c => c.Iso2)
            .Select(c => new
            {
                c.Iso2,
                c.Iso3,
                c.Name,
                c.SubRegion,
                c.CurrencyCode,
                c.OfficialLanguages,
                Membership = c.Membership
                    .Where(m => m.EffectiveFrom <= today)
                    .OrderByDescending(m => m.EffectiveFrom)
                    .Select(m => new { m.Status, m.EffectiveFrom })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(c => new CountryDto(
                c.Iso2, c.Iso3, c.Name.In(language), LocalizedNamesDto.From(c.Name), c.SubRegion, c.CurrencyCode,
                c.OfficialLanguages, c.Membership?.Status, c.Membership?.EffectiveFrom))
            .ToList();
    }
}
