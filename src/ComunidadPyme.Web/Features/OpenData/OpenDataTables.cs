using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.OpenData.Tables;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>Reads each table of the open data set from the database, as it is at the moment of the download.</summary>
public sealed class OpenDataTables(AppDbContext db, TimeProvider clock)
{
    /// <param name="indicatorCode">Only this indicator's observations; all when null.</param>
    public async Task<IReadOnlyList<DownloadObservation>> ObservationsAsync(string? indicatorCode, CancellationToken cancellationToken)
    {
        var rows = from o in db.Observations.AsNoTracking()
                   join c in db.Countries on o.CountryId equals c.Id
                   join i in db.Indicators on o.IndicatorId equals i.Id
                   select new { o, c, i };
        if (indicatorCode is not null)
        {
            rows = rows.Where(r => r.i.Code == indicatorCode);
        }

        return await rows
            .OrderBy(r => r.i.SortOrder).ThenBy(r => r.i.Code).ThenBy(r => r.c.Iso2).ThenBy(r => r.o.Period)
            .Select(r => new DownloadObservation(
                r.c.Iso2, r.c.Name.En, r.i.Code, r.i.Unit.En, r.o.Period, r.o.Year, r.o.Value, r.o.Status,
                r.o.SourceNote, r.o.IsSample, DateTime.SpecifyKind(r.o.UpdatedAtUtc, DateTimeKind.Utc)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The indicator catalogue, in its order.</summary>
    public async Task<IReadOnlyList<Indicator>> CatalogueAsync(CancellationToken cancellationToken) =>
        await db.Indicators.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(cancellationToken);

    /// <summary>For each indicator with data: when its values last changed and which countries have any.</summary>
    public async Task<IReadOnlyDictionary<string, IndicatorDownloadCoverage>> CoverageAsync(CancellationToken cancellationToken)
    {
        var pairs = await (from o in db.Observations.AsNoTracking()
                           join c in db.Countries on o.CountryId equals c.Id
                           join i in db.Indicators on o.IndicatorId equals i.Id
                           group o by new { i.Code, c.Iso3 } into g
                           select new { g.Key.Code, g.Key.Iso3, Updated = g.Max(o => o.UpdatedAtUtc) })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.Code).ToDictionary(
            g => g.Key,
            g => new IndicatorDownloadCoverage(
                DateTime.SpecifyKind(g.Max(p => p.Updated), DateTimeKind.Utc), g.Select(p => p.Iso3).Order().ToList()));
    }

    public async Task<IReadOnlyList<string>> CountryIso3Async(CancellationToken cancellationToken) =>
        await db.Countries.AsNoTracking().OrderBy(c => c.Iso3).Select(c => c.Iso3).ToListAsync(cancellationToken);

    public async Task<OpenDataTable> CountriesAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await db.Countries.AsNoTracking()
            .OrderBy(c => c.Iso2)
            .Select(c => new
            {
                Country = c,
                Membership = c.Membership.Where(m => m.EffectiveFrom <= today).OrderByDescending(m => m.EffectiveFrom)
                    .Select(m => new { m.Status, m.EffectiveFrom }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return CountryTable.Build(rows
            .Select(r => new CountryTable.CountryTableRow(r.Country, r.Membership?.Status, r.Membership?.EffectiveFrom))
            .ToList());
    }

    public async Task<OpenDataTable> IndicatorsAsync(CancellationToken cancellationToken) =>
        IndicatorTable.Build(await CatalogueAsync(cancellationToken));

    public async Task<OpenDataTable> DefinitionsAsync(CancellationToken cancellationToken)
    {
        var rows = await (from d in db.MsmeDefinitions.AsNoTracking().Include(d => d.Thresholds)
                          join c in db.Countries on d.CountryId equals c.Id
                          orderby c.Iso2, d.Id
                          select new DefinitionTable.DefinitionTableRow(d, c.Iso2))
            .ToListAsync(cancellationToken);
        return DefinitionTable.Build(rows);
    }

    public async Task<OpenDataTable> LegalInstrumentsAsync(CancellationToken cancellationToken)
    {
        var rows = await (from l in db.LegalInstruments.AsNoTracking()
                          join c in db.Countries on l.CountryId equals c.Id
                          orderby c.Iso2, l.Id
                          select new LegalInstrumentTable.LegalInstrumentTableRow(l, c.Iso2))
            .ToListAsync(cancellationToken);
        return LegalInstrumentTable.Build(rows);
    }

    public async Task<OpenDataTable> ProgrammesAsync(CancellationToken cancellationToken)
    {
        var rows = await (from p in db.SupportProgrammes.AsNoTracking()
                          join c in db.Countries on p.CountryId equals c.Id
                          orderby c.Iso2, p.Id
                          select new ProgrammeTable.ProgrammeTableRow(p, c.Iso2, p.Institution == null ? null : p.Institution.Name.Original))
            .ToListAsync(cancellationToken);
        return ProgrammeTable.Build(rows);
    }
}

/// <summary>When an indicator's values last changed, and the ISO 3166-1 alpha-3 codes of the countries that have any.</summary>
public sealed record IndicatorDownloadCoverage(DateTime UpdatedUtc, IReadOnlyList<string> CountryIso3);
