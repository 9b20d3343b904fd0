using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace ComunidadPyme.Web.Features.Observations.Import;

/// <summary>
/// Reads CSV (comma, semicolon or tab separated; UTF-8, UTF-16 or Latin-1) and XLSX files row by row, as
/// text. The format comes from the content, not the name: an XLSX workbook is a ZIP archive and starts "PK".
/// </summary>
public static class ImportFileReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Characters a spreadsheet would run as a formula; exports put a quote before them (see TabularExporter).
    private const string FormulaStarts = "=+-@\t\r";

    private static readonly CsvConfiguration s_csv = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        DetectDelimiter = true,
        DetectDelimiterValues = [",", ";", "\t"],
        TrimOptions = TrimOptions.Trim,
        BadDataFound = null,
        MissingFieldFound = null,
    };

    public static ImportFormat Detect(byte[] content) =>
        content is [(byte)'P', (byte)'K', ..] ? ImportFormat.Xlsx : ImportFormat.Csv;

    public static IEnumerable<ImportRawRow> Rows(byte[] content, ImportFormat format) =>
        format == ImportFormat.Xlsx ? XlsxRows(content) : CsvRows(content);

    private static IEnumerable<ImportRawRow> CsvRows(byte[] content)
    {
        using var reader = new StringReader(Decode(content));
        using var csv = new CsvReader(reader, s_csv);
        while (csv.Read())
        {
            yield return new ImportRawRow(csv.Parser.Row, csv.Parser.Record?.Select(UndoFormulaEscape).ToArray() ?? []);
        }
    }

    private static IEnumerable<ImportRawRow> XlsxRows(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var number = 0;
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            yield return new ImportRawRow(number, row.Values.Select(Text).ToArray());
        }
    }

    private static string Decode(byte[] content)
    {
        switch (content)
        {
            case [0xEF, 0xBB, 0xBF, ..]:
                return Encoding.UTF8.GetString(content, 3, content.Length - 3);
            case [0xFF, 0xFE, ..]:
                return Encoding.Unicode.GetString(content, 2, content.Length - 2);
            case [0xFE, 0xFF, ..]:
                return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        }

        try
        {
            return s_strictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            // Spreadsheet programs in the region often save CSV in Windows-1252; Latin-1 reads its letters.
            return Encoding.Latin1.GetString(content);
        }
    }

    /// <summary>A template downloaded as CSV and uploaded again gets back the text it had ("'-5" is "-5").</summary>
    private static string UndoFormulaEscape(string field) =>
        field.Length >= 2 && field[0] == '\'' && FormulaStarts.Contains(field[1]) ? field[1..] : field;

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text.Trim(),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
