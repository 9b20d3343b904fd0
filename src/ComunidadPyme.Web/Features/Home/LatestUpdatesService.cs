using System.Globalization;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Home;

/// <summary>The most recently changed figures, laws and programmes across all countries, newest first.</summary>
public sealed class LatestUpdatesService(AppDbContext db)
{
    public async Task<IReadOnlyList<LatestUpdate>> ListAsync(string language, int count, CancellationToken cancellationToken)
    {
        var observations = await db.Observations.AsNoTracking()
            .OrderByDescending(o => o.UpdatedAtUtc).ThenByDescending(o => o.Id).Take(count)
            .Join(db.Countries, o => o.CountryId, c => c.Id, (o, c) => new
            {
                c.Iso2, Country = c.Name, o.UpdatedAtUtc, o.IsSample, o.Period, o.Value,
                Indicator = o.Indicator!.Name, o.Indicator.Decimals,
            })
            .ToListAsync(cancellationToken);
        var laws = await db.LegalInstruments.AsNoTracking()
            .OrderByDescending(l => l.UpdatedAtUtc).ThenByDescending(l => l.Id).Take(count)
            .Join(db.Countries, l => l.CountryId, c => c.Id, (l, c) => new { c.Iso2, Country = c.Name, l.UpdatedAtUtc, l.IsSample, l.Title })
            .ToListAsync(cancellationToken);
        var programmes = await db.SupportProgrammes.AsNoTracking()
            .OrderByDescending(p => p.UpdatedAtUtc).ThenByDescending(p => p.Id).Take(count)
            .Join(db.Countries, p => p.CountryId, c => c.Id, (p, c) => new { c.Iso2, Country = c.Name, p.UpdatedAtUtc, p.IsSample, p.Name })
            .ToListAsync(cancellationToken);

        var culture = CultureInfo.CurrentCulture;
        var updates = observations
            .Select((o, rank) => (rank, update: new LatestUpdate(UpdateKind.Observation, o.Iso2, o.Country.In(language),
                o.UpdatedAtUtc, o.IsSample,
                Figure: $"{o.Indicator.In(language)}, {o.Period}: {o.Value.ToString("N" + o.Decimals, culture)}")))
            .Concat(laws.Select((l, rank) => (rank, update: new LatestUpdate(UpdateKind.LegalInstrument, l.Iso2,
                l.Country.In(language), l.UpdatedAtUtc, l.IsSample, Title: l.Title))))
            .Concat(programmes.Select((p, rank) => (rank, update: new LatestUpdate(UpdateKind.Programme, p.Iso2,
                p.Country.In(language), p.UpdatedAtUtc, p.IsSample, Title: p.Name))));

        // Records saved together share a time stamp; taking them in turn keeps one busy table from
        // crowding out the others.
        return updates
            .OrderByDescending(u => u.update.UpdatedAtUtc).ThenBy(u => u.rank).ThenBy(u => u.update.Kind)
            .Select(u => u.update)
            .Take(count)
            .ToList();
    }
}
