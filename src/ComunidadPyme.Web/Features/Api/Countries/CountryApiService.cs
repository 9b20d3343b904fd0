using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;
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

    /// <summary>Each indicator the country reports, with its latest period and when the next figure is due; null for an unknown country.</summary>
    public async Task<IReadOnlyList<SeriesStatusDto>?> SeriesAsync(string iso2, string language, CancellationToken cancellationToken)
    {
        var code = iso2.Trim().ToUpperInvariant();
        var countryId = await db.Countries.AsNoTracking().Where(c => c.Iso2 == code).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (countryId is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.CountryId == countryId)
            .Select(o => new { o.Indicator!.Code, o.Indicator.Name, o.Indicator.Periodicity, o.Indicator.SortOrder, o.Period, o.UpdatedAtUtc, o.IsSample })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Code)
            .OrderBy(g => g.First().SortOrder).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                var latest = ReportingPeriod.Latest(g.Select(r => r.Period));
                var next = latest is { } period ? ExpectedUpdate.After(first.Periodicity, period) : null;
                return new SeriesStatusDto(g.Key, first.Name.In(language), first.Periodicity, latest?.ToString() ?? g.Max(r => r.Period)!,
                    DateTime.SpecifyKind(g.Max(r => r.UpdatedAtUtc), DateTimeKind.Utc), next?.Period.ToString(), next?.DueBy,
                    next?.IsOverdueOn(today) == true, g.Any(r => r.IsSample));
            })
            .ToList();
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
