using System.Globalization;
using ComunidadPyme.Web.Infrastructure.Exports;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>The compare table as a download: the same header and rows as the page, values as plain numbers.</summary>
public static class CompareTableExport
{
    public static IReadOnlyList<string> Headers(CompareTable table, string countryHeader) =>
        [countryHeader, .. table.Years.Select(y => y.ToString(CultureInfo.InvariantCulture))];

    public static TabularData ToTabularData(CompareSelection selection, CompareTable table, string countryHeader) =>
        new(FileName(selection),
            Headers(table, countryHeader),
            table.Rows
                .Select(row => (IReadOnlyList<object?>)[row.Name, .. row.Cells.Select(c => (object?)c?.Value)])
                .ToList());

    public static string FileName(CompareSelection selection) =>
        string.Create(CultureInfo.InvariantCulture,
            $"compare-{selection.Indicator?.Code.ToLowerInvariant() ?? "none"}-{selection.From}-{selection.To}");
}
