using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.CountryProfile;

public sealed partial class CountryProfileService
{
    /// <summary>Every observation of the country with its indicator, in catalogue order then period order.</summary>
    public async Task<IReadOnlyList<ProfileObservation>> ObservationsAsync(
        int countryId, CancellationToken cancellationToken, string? indicatorCode = null)
    {
        var observations = db.Observations.AsNoTracking().Where(o => o.CountryId == countryId);
        if (indicatorCode is not null)
        {
            observations = observations.Where(o => o.Indicator!.Code == indicatorCode);
        }

        var rows = await observations
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

    /// <summary>
    /// A country's series of one indicator, for its chart and downloads; null when the country or the indicator is
    /// unknown. A known indicator the country has not reported yet gives an empty series.
    /// </summary>
    public async Task<CountrySeries?> SeriesAsync(string iso2, string code, string language, CancellationToken cancellationToken)
    {
        if (await FindCountryAsync(iso2, cancellationToken) is not { } country)
        {
            return null;
        }

        var wanted = code.ToUpperInvariant();
        var indicator = await db.Indicators.AsNoTracking()
            .Where(i => i.Code == wanted && i.IsActive)
            .Select(i => new { i.Code, i.Name, i.Unit, i.Theme, i.Kind, i.Decimals })
            .SingleOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        var rows = await ObservationsAsync(country.Id, cancellationToken, indicator.Code);
        var series = rows.Count > 0
            ? ToSeries(rows, language)[0]
            : new IndicatorSeries(indicator.Code, indicator.Name.In(language), indicator.Unit.In(language), indicator.Theme,
                indicator.Kind, indicator.Decimals, [], null, Today);
        return new CountrySeries(country, country.Name.In(language), series, rows);
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

/// <summary>One country's series of one indicator, with the rows behind it for its CSV.</summary>
public sealed record CountrySeries(CountryHeader Country, string CountryName, IndicatorSeries Series, IReadOnlyList<ProfileObservation> Rows);
