using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>Reads (and, to stage a concurrent edit, writes) the test portal's database directly.</summary>
public static class ObservationsData
{
    public static async Task<T> QueryAsync<T>(PortalFactory portal, Func<AppDbContext, Task<T>> query)
    {
        using var scope = portal.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<int> CountryIdAsync(PortalFactory portal, string iso2) =>
        QueryAsync(portal, db => db.Countries.Where(c => c.Iso2 == iso2).Select(c => c.Id).SingleAsync());

    public static Task<Indicator> IndicatorAsync(PortalFactory portal, string code) =>
        QueryAsync(portal, db => db.Indicators.AsNoTracking().SingleAsync(i => i.Code == code));

    public static Task<Observation?> ObservationAsync(PortalFactory portal, string iso2, string code, string period) =>
        QueryAsync(portal, db => db.Observations.AsNoTracking()
            .Where(o => o.Period == period && o.Indicator!.Code == code)
            .Join(db.Countries.Where(c => c.Iso2 == iso2), o => o.CountryId, c => c.Id, (o, _) => o)
            .SingleOrDefaultAsync());

    public static Task<List<Observation>> ObservationsAsync(PortalFactory portal, string iso2) =>
        QueryAsync(portal, db => db.Observations.AsNoTracking()
            .Join(db.Countries.Where(c => c.Iso2 == iso2), o => o.CountryId, c => c.Id, (o, _) => o)
            .OrderBy(o => o.Id).ToListAsync());

    public static Task<long> LastAuditIdAsync(PortalFactory portal) =>
        QueryAsync(portal, async db => await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0L);

    public static Task<List<AuditEntry>> AuditSinceAsync(PortalFactory portal, long lastId) =>
        QueryAsync(portal, db => db.AuditEntries.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).ToListAsync());

    /// <summary>Changes a saved value as another person would, renewing its version.</summary>
    public static Task SaveDirectlyAsync(PortalFactory portal, string iso2, string code, string period, double value) =>
        QueryAsync(portal, async db =>
        {
            var countryId = await db.Countries.Where(c => c.Iso2 == iso2).Select(c => c.Id).SingleAsync();
            var observation = await db.Observations.SingleAsync(o => o.CountryId == countryId && o.Period == period && o.Indicator!.Code == code);
            observation.Value = value;
            return await db.SaveChangesAsync();
        });
}
