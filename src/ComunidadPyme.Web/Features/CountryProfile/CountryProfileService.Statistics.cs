using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.CountryProfile;

public sealed partial class CountryProfileService
{
    /// <summary>Every observation of the country with its indicator, in catalogue order then period order.</summary>
    public async Task<IReadOnlyList<ProfileObservation>> ObservationsAsync(int countryId, CancellationToken cancellationToken)
    {
        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.CountryId == countryId)
            .Select(o => new ProfileObservation(
                o.Indicator!.Code, o.Indicator.Name, o.Indicator.Unit, o.Indicator.Decimals, o.Indicator.Theme,
                o.Indicator.Kind, o.Indicator.SortOrder, o.Period, o.Year, o.Value, o.Status, o.SourceNote,
                o.IsSample, o.UpdatedAtUtc, o.Indicator.Periodicity))
            .ToListAsync(cancellationToken);

        return rows
            .OrderBy(r => r.SortOrder).ThenBy(r => r.IndicatorCode, StringComparer.Ordinal)
            .ThenBy(r => r.Period, StringComparer.Ordinal)
            .ToList();
    }

    private IReadOnlyList<IndicatorSeries> ToSeries(IReadOnlyList<ProfileObservation> rows, string language) =>
        rows.GroupBy(r => r.IndicatorCode)
            .Select(g =>
            {
                var first = g.First();
                return new IndicatorSeries(
                    first.IndicatorCode, first.IndicatorName.In(language), first.Unit.In(language), first.Theme,
                    first.Kind, first.Decimals,
                    g.Select(r => new SeriesPoint(r.Period, r.Year, r.Value, r.Status, r.SourceNote, r.IsSample)).ToList(),
                    NextExpected(first.Periodicity, g.Select(r => r.Period)), Today);
            })
            .ToList();

    /// <summary>When the series' next figure is due, from the indicator's periodicity and its latest period.</summary>
    public static ExpectedUpdate? NextExpected(Periodicity periodicity, IEnumerable<string> periods) =>
        ReportingPeriod.Latest(periods) is { } latest ? ExpectedUpdate.After(periodicity, latest) : null;
}
