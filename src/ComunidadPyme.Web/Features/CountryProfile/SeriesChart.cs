using System.Globalization;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// The periods a series' chart spans. An annual series gets every year from its first to its last, a missing
/// year as null, so the chart shows the gap instead of drawing a line across it.
/// </summary>
public static class SeriesChart
{
    /// <summary>The chart's periods and values: every year of an annual series, else the periods observed.</summary>
    public static (List<string> Labels, List<double?> Values) Categories(IndicatorSeries series)
    {
        var points = series.Points;
        var annual = points.Count > 0 && points.Select(p => p.Year).Distinct().Count() == points.Count
                     && points.All(p => p.Period == p.Year.ToString(CultureInfo.InvariantCulture));
        return annual ? EveryYear(points) : (points.Select(p => p.Period).ToList(), points.Select(p => (double?)p.Value).ToList());
    }

    private static (List<string> Labels, List<double?> Values) EveryYear(IReadOnlyList<SeriesPoint> points)
    {
        var byYear = points.ToDictionary(p => p.Year, p => p.Value);
        var years = Enumerable.Range(byYear.Keys.Min(), byYear.Keys.Max() - byYear.Keys.Min() + 1).ToList();
        return ([.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
            [.. years.Select(y => byYear.TryGetValue(y, out var value) ? value : (double?)null)]);
    }
}
