using System.Globalization;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>
/// Reads what a comparison needs in a fixed number of queries, whatever its size: the indicators, the
/// countries, who reports what, and the figures of the selection.
/// </summary>
public sealed class CompareService(AppDbContext db)
{
    public async Task<CompareCatalogue> LoadCatalogueAsync(string language, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.IsActive)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new { i.Id, i.Code, i.Name, i.Unit, i.Decimals, i.Theme })
            .ToListAsync(cancellationToken);
        var countries = await db.Countries.AsNoTracking()
            .Select(c => new { c.Id, c.Iso2, c.Name, c.SubRegion })
            .ToListAsync(cancellationToken);
        var reporting = await db.Observations.AsNoTracking()
            .GroupBy(o => new { o.IndicatorId, o.CountryId })
            .Select(g => new { g.Key.IndicatorId, g.Key.CountryId, Latest = g.Max(o => o.Year) })
            .ToListAsync(cancellationToken);

        var byIndicator = reporting.ToLookup(r => r.IndicatorId);
        var byName = StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true);
        return new CompareCatalogue(
            indicators.Select(i => new CompareIndicator(i.Id, i.Code, i.Name.In(language), i.Unit.In(language),
                    i.Decimals, i.Theme, byIndicator[i.Id].Select(r => (int?)r.Latest).Max(),
                    byIndicator[i.Id].Select(r => r.CountryId).ToHashSet()))
                .ToList(),
            countries.Select(c => new CompareCountry(c.Id, c.Iso2.Trim(), c.Name.In(language), c.SubRegion))
                .OrderBy(c => c.Name, byName)
                .ToList());
    }

    public async Task<CompareTable> LoadTableAsync(CompareSelection selection, CancellationToken cancellationToken)
    {
        var years = selection.Years.ToList();
        if (selection.Indicator is not { } indicator || selection.Countries.Count == 0)
        {
            return new CompareTable(years, []);
        }

        var countryIds = selection.Countries.Select(c => c.Id).ToList();
        var observations = await db.Observations.AsNoTracking()
            .Where(o => o.IndicatorId == indicator.Id && countryIds.Contains(o.CountryId)
                        && o.Year >= selection.From && o.Year <= selection.To)
            .Select(o => new { o.CountryId, o.Year, o.Period, o.Value, o.Status, o.IsSample, o.SourceNote })
            .ToListAsync(cancellationToken);

        // One figure per country and year: the annual one, else the newest quarter or month of that year.
        var figures = observations
            .GroupBy(o => (o.CountryId, o.Year))
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Period.Length)
                .ThenByDescending(o => o.Period, StringComparer.Ordinal).First());
        var decimals = Math.Clamp(indicator.Decimals, 0, 15);
        var rows = selection.Countries
            .Select(country => new CompareRow(country.Iso2, country.Name, years
                .Select(year => figures.TryGetValue((country.Id, year), out var o) ? Cell(o.Value, o.Status, o.IsSample, o.Period, o.SourceNote, decimals) : null)
                .ToList()))
            .ToList();
        return new CompareTable(years, rows);
    }

    private static CompareCell Cell(
        double value, ObservationStatus status, bool isSample, string period, string sourceNote, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return new CompareCell(rounded, rounded.ToString("N" + decimals, CultureInfo.CurrentCulture), status, isSample,
            period, sourceNote);
    }
}
