using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Reads CSV (comma, semicolon or tab separated; UTF-8 or UTF-16, with or without a byte order mark, or
/// Windows-1252) row by row as text, straight from the uploaded stream: first <see cref="ImportCsvScanner"/>
/// checks the limits and finds the separator, then CsvHelper reads the rows, each now known to be of a bounded size.
/// </summary>
public static class ImportCsvReader
{
    private const int BufferChars = 16 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Characters a spreadsheet would run as a formula; exports put a quote before them (see TabularExporter).
    private const string FormulaStarts = "=+-@\t\r";

    private static readonly CsvConfiguration s_csv = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        TrimOptions = TrimOptions.Trim,
        BadDataFound = null,
        MissingFieldFound = null,
        // The scanner has already refused longer cells; this only guards against the two ever disagreeing.
        MaxFieldSize = 2 * ImportLimits.MaxCellChars + 2,
    };

    /// <param name="content">A seekable stream: it is read twice, and once more if it turns out not to be UTF-8.</param>
    /// <param name="read">The encoding the text was read in, for the preview to say.</param>
    public static IEnumerable<ImportRawRow> Rows(Stream content, out ImportTextEncoding read)
    {
        var start = content.Position;
        read = ByteOrderMark(content);
        content.Position = start;
        Encoding encoding = s_strictUtf8;
        if (read == ImportTextEncoding.Utf8 && Utf16WithoutByteOrderMark(content) is { } utf16)
        {
            (encoding, read) = utf16;
        }

        content.Position = start;
        char separator;
        try
        {
            separator = Scan(content, encoding);
        }
        catch (DecoderFallbackException)
        {
            // Spreadsheet programs in the region often save CSV in Windows-1252 ("ANSI"): its letters, "€" and
            // curly quotes are read as such, which Latin-1 would not.
            encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
            read = ImportTextEncoding.Windows1252;
            content.Position = start;
            separator = Scan(content, encoding);
        }

        content.Position = start;
        return Records(content, encoding, separator);
    }

    /// <summary>What the first bytes say; UTF-8 when they say nothing (the scan then proves it or falls back).</summary>
    private static ImportTextEncoding ByteOrderMark(Stream content)
    {
        Span<byte> start = stackalloc byte[3];
        var read = content.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        return start[..read] switch
        {
            [0xEF, 0xBB, 0xBF] => ImportTextEncoding.Utf8WithByteOrderMark,
            [0xFF, 0xFE, ..] => ImportTextEncoding.Utf16LittleEndian,
            [0xFE, 0xFF, ..] => ImportTextEncoding.Utf16BigEndian,
            _ => ImportTextEncoding.Utf8,
        };
    }

    /// <summary>
    /// UTF-16 saved without a byte order mark: text in UTF-8 or Windows-1252 never holds a zero byte, while the
    /// column names of a UTF-16 file put one beside every letter (after it in little-endian order, before it in big).
    /// </summary>
    private static (Encoding, ImportTextEncoding)? Utf16WithoutByteOrderMark(Stream content)
    {
        Span<byte> start = stackalloc byte[64];
        var pairs = content.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) / 2;
        if (pairs < 2)
        {
            return null;
        }

        int zeroFirst = 0, zeroSecond = 0;
        for (var i = 0; i < pairs; i++)
        {
            zeroFirst += start[2 * i] == 0 ? 1 : 0;
            zeroSecond += start[(2 * i) + 1] == 0 ? 1 : 0;
        }

        return (zeroFirst, zeroSecond) switch
        {
            (0, var z) when z * 2 >= pairs => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), ImportTextEncoding.Utf16LittleEndian),
            (var z, 0) when z * 2 >= pairs => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), ImportTextEncoding.Utf16BigEndian),
            _ => null,
        };
    }

    private static char Scan(Stream content, Encoding encoding)
    {
        using var text = Text(content, encoding);
        return ImportCsvScanner.Scan(text);
    }

    private static IEnumerable<ImportRawRow> Records(Stream content, Encoding encoding, char separator)
    {
        using var text = Text(content, encoding);
        using var csv = new CsvReader(text, s_csv with { Delimiter = separator.ToString() });
        while (csv.Read())
        {
            yield return new ImportRawRow(csv.Parser.Row, csv.Parser.Record?.Select(UndoFormulaEscape).ToArray() ?? []);
        }
    }

    /// <summary>A byte order mark, if any, says the encoding (UTF-8 or UTF-16); otherwise <paramref name="encoding"/>.</summary>
    private static StreamReader Text(Stream content, Encoding encoding) =>
        new(content, encoding, detectEncodingFromByteOrderMarks: true, BufferChars, leaveOpen: true);

    /// <summary>A template downloaded as CSV and uploaded again gets back the text it had ("'-5" is "-5").</summary>
    private static string UndoFormulaEscape(string field) =>
        field.Length >= 2 && field[0] == '\'' && FormulaStarts.Contains(field[1]) ? field[1..] : field;
}

/// <summary>The text encodings an imported CSV file is read in, named in the preview.</summary>
public enum ImportTextEncoding
{
    Utf8 = 1,
    Utf8WithByteOrderMark = 2,
    Utf16LittleEndian = 3,
    Utf16BigEndian = 4,
    Windows1252 = 5,
}
