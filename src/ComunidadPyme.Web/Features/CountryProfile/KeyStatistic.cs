using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>A headline figure: the latest value of an indicator and its change since the same period a year before.</summary>
public sealed record KeyStatistic(IndicatorSeries Series, SeriesPoint Latest, SeriesPoint? YearBefore)
{
    /// <summary>The indicators the profile puts first, when the country has them.</summary>
    public static readonly IReadOnlyList<string> HeadlineCodes =
        ["MSME_COUNT", "MSME_DENSITY", "MSME_EMPLOYMENT_SHARE", "SME_LOAN_SHARE"];

    public double? Change => YearBefore is null ? null : Latest.Value - YearBefore.Value;

    /// <summary>The relative change, for counts only: for shares and rates the change in points says it.</summary>
    public double? PercentChange =>
        Series.Kind == IndicatorKind.Statistic && YearBefore is { Value: not 0 } before
            ? (Latest.Value - before.Value) / Math.Abs(before.Value) * 100
            : null;

    public static KeyStatistic? Of(IndicatorSeries series)
    {
        var latest = series.Points.LastOrDefault();
        if (latest is null)
        {
            return null;
        }

        var samePeriodBefore = ReportingPeriod.TryParse(latest.Period, out var period)
            ? (period.Value with { Year = period.Value.Year - 1 }).ToString()
            : null;
        var yearBefore = series.Points.LastOrDefault(p => p.Period == samePeriodBefore);
        return new KeyStatistic(series, latest, yearBefore);
    }
}
