using System.Text.Json;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>
/// The chart data that wwwroot/js/charts.js reads. The default encoder escapes &lt;, &gt; and &amp;, so the
/// JSON can sit inside a script element.
/// </summary>
public static class CompareChart
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static string ToJson(CompareTable table, CompareIndicator indicator) =>
        JsonSerializer.Serialize(new
        {
            labels = table.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            unit = indicator.Unit,
            decimals = indicator.Decimals,
            datasets = table.Rows.Select(r => new { label = r.Name, data = r.Cells.Select(c => c?.Value) }),
        }, s_json);
}
