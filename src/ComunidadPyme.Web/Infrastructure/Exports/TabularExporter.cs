using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace ComunidadPyme.Web.Infrastructure.Exports;

/// <summary>
/// Writes tables as CSV (UTF-8 with BOM, so spreadsheet programs read accents right) or XLSX. CSV text
/// cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are escaped with a leading quote;
/// numbers are never formulas, so a negative value stays a number ("-0.5", not "'-0.5").
/// </summary>
public static class TabularExporter
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const char FormulaEscape = '\'';
    private static readonly char[] s_formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    // CsvHelper's own injection escaping would also escape negative numbers, so cells are escaped in Format.
    private static readonly CsvConfiguration s_csv = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.None,
    };

    /// <param name="byteOrderMark">False for files read by programs rather than spreadsheets (SDMX-CSV).</param>
    public static byte[] ToCsv(TabularData table, bool byteOrderMark = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: byteOrderMark)))
        using (var csv = new CsvWriter(writer, s_csv))
        {
            foreach (var header in table.Headers)
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Format(cell));
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    public static byte[] ToXlsx(TabularData table)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Records(table), sheetName: SheetName(table.Name));
        return stream.ToArray();
    }

    /// <summary>One workbook, a sheet per table, in the order given; sheet names must differ once cleaned.</summary>
    public static byte[] ToXlsx(IReadOnlyList<TabularData> tables)
    {
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            sheets.Add(SheetName(table.Name), Records(table));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Records(TabularData table) =>
        table.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(table.Headers.Count);
            for (var i = 0; i < table.Headers.Count; i++)
            {
                record[table.Headers[i]] = i < row.Count ? row[i] : null;
            }

            return record;
        }).ToList();

    public static (byte[] Content, string ContentType, string Extension) Write(TabularData table, ExportFormat format) =>
        format == ExportFormat.Xlsx
            ? (ToXlsx(table), XlsxContentType, "xlsx")
            : (ToCsv(table), CsvContentType, "csv");

    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => NeutraliseFormula(text),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => NeutraliseFormula(value.ToString()),
    };

    private static string? NeutraliseFormula(string? text) =>
        text is { Length: > 0 } && s_formulaStarts.Contains(text[0]) ? FormulaEscape + text : text;

    // Excel allows at most 31 characters and none of : \ / ? * [ ] in a sheet name.
    private static string SheetName(string name)
    {
        var cleaned = new string(name.Where(c => !":\\/?*[]".Contains(c)).ToArray());
        return string.IsNullOrWhiteSpace(cleaned) ? "Data" : cleaned[..Math.Min(31, cleaned.Length)];
    }
}
