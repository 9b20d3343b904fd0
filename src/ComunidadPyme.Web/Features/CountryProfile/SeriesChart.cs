using System.Globalization;
using System.Text.Json;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// The JSON that wwwroot/js/charts.js draws a series from. An annual series gets every year from its first to
/// its last, a missing year as null, so the chart shows the gap instead of drawing a line across it.
/// System.Text.Json's default encoder escapes &lt;, &gt;, &amp; and quotes, so the text can sit inside a
/// &lt;script type="application/json"&gt; element.
/// </summary>
public static class SeriesChart
{
    public static string Json(IndicatorSeries series, string label)
    {
        var points = series.Points;
        var annual = points.Count > 0 && points.Select(p => p.Year).Distinct().Count() == points.Count
                     && points.All(p => p.Period == p.Year.ToString(CultureInfo.InvariantCulture));
        var (labels, values) = annual ? EveryYear(points) : (points.Select(p => p.Period).ToList(), points.Select(p => (double?)p.Value).ToList());
        return JsonSerializer.Serialize(new
        {
            labels,
            unit = series.Unit,
            decimals = series.Decimals,
            datasets = new[] { new { label, data = values } },
        });
    }

    private static (List<string> Labels, List<double?> Values) EveryYear(IReadOnlyList<SeriesPoint> points)
    {
        var byYear = points.ToDictionary(p => p.Year, p => p.Value);
        var years = Enumerable.Range(byYear.Keys.Min(), byYear.Keys.Max() - byYear.Keys.Min() + 1).ToList();
        return ([.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
            [.. years.Select(y => byYear.TryGetValue(y, out var value) ? value : (double?)null)]);
    }
}
