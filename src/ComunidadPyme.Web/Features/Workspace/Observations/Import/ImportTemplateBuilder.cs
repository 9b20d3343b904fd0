using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Infrastructure.Exports;
using Microsoft.EntityFrameworkCore;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// The file to fill in: one row per active indicator and recent period, with the country's saved values
/// where they exist, so a focal point can correct and complete them and upload the file again. Each row
/// carries the version of its value, so the upload can tell what others changed in the meantime.
/// </summary>
public sealed class ImportTemplateBuilder(AppDbContext db, ObservationCatalogue catalogue, TimeProvider clock)
{
    public const int RecentYears = 5;

    public async Task<TabularData> BuildAsync(WorkspaceCountry country, string language, CancellationToken cancellationToken)
    {
        var lastYear = clock.GetUtcNow().UtcDateTime.Year - 1;
        var years = Enumerable.Range(lastYear - RecentYears + 1, RecentYears).ToList();
        var indicators = (await catalogue.IndicatorsAsync(language, cancellationToken)).Where(i => i.IsActive).ToList();
        var saved = (await db.Observations.AsNoTracking()
                .Where(o => o.CountryId == country.Id && o.Year >= years[0] && o.Year <= lastYear)
                .Select(o => new { o.IndicatorId, o.Period, o.Value, o.Status, o.SourceNote, o.Version })
                .ToListAsync(cancellationToken))
            .ToDictionary(o => (o.IndicatorId, o.Period));

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var indicator in indicators)
        {
            foreach (var period in years.SelectMany(year => Periods(indicator.Periodicity, year)))
            {
                var value = saved.GetValueOrDefault((indicator.Id, period));
                rows.Add([
                    indicator.Code, period, value?.Value,
                    value is null ? null : ObservationStatusText.Code(value.Status),
                    value?.SourceNote, indicator.Name, indicator.Unit, value?.Version.ToString("N"),
                ]);
            }
        }

        var allAnnual = indicators.All(i => i.Periodicity is Periodicity.Annual or Periodicity.Irregular);
        return new TabularData($"observations-{country.Iso2.ToLowerInvariant()}",
        [
            ImportColumnNames.IndicatorCode, allAnnual ? ImportColumnNames.Year : ImportColumnNames.Period,
            ImportColumnNames.Value, ImportColumnNames.Status, ImportColumnNames.SourceNote,
            ImportColumnNames.IndicatorName, ImportColumnNames.Unit, ImportColumnNames.Version,
        ], rows);
    }

    private static IEnumerable<string> Periods(Periodicity periodicity, int year) => periodicity switch
    {
        Periodicity.Quarterly => Enumerable.Range(1, 4).Select(q => new ReportingPeriod(year, periodicity, q).ToString()),
        Periodicity.Monthly => Enumerable.Range(1, 12).Select(m => new ReportingPeriod(year, periodicity, m).ToString()),
        _ => [ReportingPeriod.OfYear(year).ToString()],
    };
}
