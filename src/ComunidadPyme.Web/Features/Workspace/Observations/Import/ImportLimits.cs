namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// What an import file may hold. The reading limits are checked while the file is read, so a small upload
/// built to expand (a compressed workbook, a line of millions of commas) is refused before it fills memory;
/// each is several times what a legitimate file under the upload limit needs (see docs/decisions).
/// </summary>
public static class ImportLimits
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The file plus the multipart framing and the anti-forgery token.</summary>
    public const long MaxRequestBytes = MaxFileBytes + 256 * 1024;

    /// <summary>A 10 MB file holds about 200,000 rows; more means a mistake, or an archive built to exhaust memory.</summary>
    public const int MaxRows = 250_000;

    /// <summary>The template has 7 columns.</summary>
    public const int MaxColumns = 200;

    /// <summary>The longest value imported is a source note of 1,000 characters.</summary>
    public const int MaxCellChars = 4_000;

    /// <summary>Column names are a couple of words ("source_note").</summary>
    public const int MaxColumnNameChars = 100;

    /// <summary>A CSV row, quotes and separators included (a template row is under 2,000).</summary>
    public const int MaxRowChars = 50_000;

    /// <summary>The workbook parts read (sheet, shared texts, styles), uncompressed: a 250,000-row sheet is about 90 MB.</summary>
    public const long MaxWorkbookBytes = 160L * 1024 * 1024;

    /// <summary>Distinct texts of a workbook: a 250,000-row file has at most a few per row.</summary>
    public const int MaxSharedStrings = 1_000_000;

    /// <summary>All distinct texts together, in characters (64 MB of memory at most).</summary>
    public const int MaxSharedStringChars = 32_000_000;

    /// <summary>One XML tag, attributes included; spreadsheet programs write tags of a few hundred bytes.</summary>
    public const int MaxXmlTagBytes = 1_000_000;

    /// <summary>Different element and attribute names in one part of a workbook; a sheet uses a few dozen.</summary>
    public const int MaxXmlNames = 10_000;

    /// <summary>How deep elements nest in a workbook part; a sheet goes about 7 levels deep.</summary>
    public const int MaxXmlDepth = 64;

    public const int ProblemsKept = 500;
    public const int PreviewRowsShown = 500;

    public static readonly TimeSpan PreviewLifetime = TimeSpan.FromHours(1);
}
