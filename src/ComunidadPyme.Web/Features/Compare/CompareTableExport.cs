using System.Globalization;
using ComunidadPyme.Web.Features.OpenData;
using ComunidadPyme.Web.Infrastructure.Exports;
using ComunidadPyme.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>Where a downloaded comparison says it came from: its own address, its indicator's page and the day.</summary>
public sealed record CompareDownloadContext(string ComparisonUrl, string IndicatorUrl, DateOnly RetrievedOn);

/// <summary>
/// The comparison as a download that stands on its own once it leaves the portal: one row per country and
/// year with its value, period, unit, status, source and sample flag, and on every row the licence and a
/// citation line; the workbook adds a sheet that says what the file is.
/// </summary>
public sealed class CompareTableExport(IStringLocalizer<CompareResource> text, IStringLocalizer<SharedResource> shared)
{
    /// <summary>The page table's header: a country column, then a column per year.</summary>
    public static IReadOnlyList<string> Headers(CompareTable table, string countryHeader) =>
        [countryHeader, .. table.Years.Select(y => y.ToString(CultureInfo.InvariantCulture))];

    public static string FileName(CompareSelection selection) =>
        string.Create(CultureInfo.InvariantCulture,
            $"compare-{selection.Indicator?.Code.ToLowerInvariant() ?? "none"}-{selection.From}-{selection.To}");

    public IReadOnlyList<string> DataHeaders() =>
    [
        text["Country code"], text["Country"], text["Indicator code"], text["Indicator"], text["Year"], text["Period"],
        text["Value"], text["Unit"], text["Status"], text["Source"], shared["Sample data"], text["Licence"], text["Citation"],
    ];

    public TabularData Data(CompareSelection selection, CompareTable table, CompareDownloadContext context)
    {
        var rows = new List<IReadOnlyList<object?>>();
        if (selection.Indicator is { } indicator)
        {
            var citation = Citation(selection, context);
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < table.Years.Count; i++)
                {
                    if (row.Cells[i] is not { } cell)
                    {
                        continue;
                    }

                    rows.Add(
                    [
                        row.Iso2, row.Name, indicator.Code, indicator.Name, table.Years[i], cell.Period, cell.Value,
                        indicator.Unit, text[$"StatusName.{cell.Status}"].Value, SourceNoteText.For(cell.SourceNote, shared),
                        shared[cell.IsSample ? "Yes" : "No"].Value, OpenDataLicence.Identifier, citation,
                    ]);
                }
            }
        }

        return new TabularData(FileName(selection), DataHeaders(), rows);
    }

    /// <summary>The workbook's second sheet: what the file holds, whose figures, under what licence, how to cite it.</summary>
    public TabularData About(CompareSelection selection, CompareTable table, CompareDownloadContext context)
    {
        var indicator = selection.Indicator;
        List<IReadOnlyList<object?>> rows =
        [
            [text["Title"].Value, indicator is null ? text["No indicator is available yet."].Value
                : text["{0} ({1}), {2}–{3}", indicator.Name, indicator.Unit, selection.From, selection.To].Value],
            [text["About this indicator"].Value, context.IndicatorUrl],
            [text["Countries"].Value, string.Join(", ", selection.Countries.Select(c => c.Name))],
            [text["Link to this comparison"].Value, context.ComparisonUrl],
            [text["Retrieved"].Value, context.RetrievedOn],
            [text["Licence"].Value, $"{OpenDataLicence.Name} — {OpenDataLicence.Url}"],
            [text["Citation"].Value, Citation(selection, context)],
        ];
        if (table.HasSampleFigures)
        {
            rows.Add([shared["Sample data"].Value,
                shared["Figures and texts marked as sample were generated for demonstration. They are not official statistics."].Value]);
        }

        return new TabularData(text["About"], [text["Field"], text["Value"]], rows);
    }

    public string Citation(CompareSelection selection, CompareDownloadContext context) =>
        text["{0} ({1}). “{2}” ({3}), {4}–{5}. {6} (retrieved {7}). Licence: {8}.",
            OpenDataLicence.Publisher, context.RetrievedOn.Year.ToString(CultureInfo.InvariantCulture),
            selection.Indicator?.Name ?? string.Empty, selection.Indicator?.Unit ?? string.Empty,
            selection.From.ToString(CultureInfo.InvariantCulture), selection.To.ToString(CultureInfo.InvariantCulture),
            context.ComparisonUrl, context.RetrievedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            OpenDataLicence.Identifier];
}
