using System.Text.Json;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// The JSON that wwwroot/js/charts.js draws a series from. System.Text.Json's default encoder escapes
/// &lt;, &gt;, &amp; and quotes, so the text can sit inside a &lt;script type="application/json"&gt; element.
/// </summary>
public static class SeriesChart
{
    public static string Json(IndicatorSeries series, string label) => JsonSerializer.Serialize(new
    {
        labels = series.Points.Select(p => p.Period),
        unit = series.Unit,
        decimals = series.Decimals,
        datasets = new[] { new { label, data = series.Points.Select(p => p.Value) } },
    });
}
