namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Reads an uploaded CSV or XLSX file row by row, as text, straight from its stream. The format comes from the
/// content, not the name: an XLSX workbook is a ZIP archive and starts "PK" (a password-protected one is an
/// OLE compound file, refused with its own message). A limit passed while reading throws
/// <see cref="ImportRefusedException"/>.
/// </summary>
public static class ImportFileReader
{
    public static ImportFormat Detect(Stream content)
    {
        Span<byte> start = stackalloc byte[8];
        var position = content.Position;
        var read = content.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        content.Position = position;
        return start[..read] is [(byte)'P', (byte)'K', ..] || ImportXlsxReader.IsCompoundFile(start[..read])
            ? ImportFormat.Xlsx
            : ImportFormat.Csv;
    }

    /// <param name="content">A seekable stream, such as an uploaded file's.</param>
    /// <param name="encoding">The text encoding a CSV file was read in; null for a workbook.</param>
    public static IEnumerable<ImportRawRow> Rows(Stream content, out ImportTextEncoding? encoding)
    {
        encoding = null;
        if (Detect(content) == ImportFormat.Xlsx)
        {
            return WithShortColumnNames(ImportXlsxReader.Rows(content));
        }

        var rows = ImportCsvReader.Rows(content, out var read);
        encoding = read;
        return WithShortColumnNames(rows);
    }

    /// <summary>The first row names the columns; a name longer than a few words is no column name.</summary>
    private static IEnumerable<ImportRawRow> WithShortColumnNames(IEnumerable<ImportRawRow> rows)
    {
        var first = true;
        foreach (var row in rows)
        {
            if (first && row.Cells.Any(name => name?.Length > ImportLimits.MaxColumnNameChars))
            {
                throw new ImportRefusedException(ImportRefusalReason.ColumnNameTooLong, row.Number);
            }

            first = false;
            yield return row;
        }
    }
}

public enum ImportFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>One row of a file as text, numbered as a spreadsheet numbers it (the header is row 1).</summary>
public sealed record ImportRawRow(int Number, IReadOnlyList<string?> Cells)
{
    public string? Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : null;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
