using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>Stops reading a file at the first limit passed; <see cref="ImportRefusalText"/> words it for the person.</summary>
public sealed class ImportRefusedException(ImportRefusalReason reason, int row = 0)
    : Exception($"The import file was refused: {reason}{(row > 0 ? $" (row {row})" : string.Empty)}.")
{
    public ImportRefusalReason Reason { get; } = reason;

    /// <summary>The row being read when the limit was passed, as a spreadsheet numbers it; 0 when not known.</summary>
    public int Row { get; } = row;
}

/// <summary>Why a file is refused as a whole while it is read: a reading limit passed, or a workbook that cannot be read safely.</summary>
public enum ImportRefusalReason
{
    WorkbookTooLarge = 1,
    TooManyColumns,
    CellTooLong,
    ColumnNameTooLong,
    RowTooLong,
    TextTooLong,
    TooManyTexts,
    TextsTooLong,
    XmlTagTooLong,
    TooManyXmlNames,
    XmlTooDeep,
    XmlDocumentType,
    NotAWorkbook,
    ProtectedWorkbook,
    NoSheet,
}

/// <summary>Says, in the person's language, which limit a refused file passed and what the limit is.</summary>
public static class ImportRefusalText
{
    public static string Describe(ImportRefusedException refusal, IStringLocalizer l, CultureInfo culture)
    {
        string N(long number) => number.ToString("N0", culture);
        var row = N(refusal.Row);
        return refusal.Reason switch
        {
            ImportRefusalReason.WorkbookTooLarge => l["The workbook expands to more than {0} MB once uncompressed; the limit is {0} MB.", N(ImportLimits.MaxWorkbookBytes / (1024 * 1024))],
            ImportRefusalReason.TooManyColumns => l["Row {0} has more than {1} columns; the limit is {1}.", row, N(ImportLimits.MaxColumns)],
            ImportRefusalReason.CellTooLong => l["A cell in row {0} is longer than {1} characters; the limit is {1}.", row, N(ImportLimits.MaxCellChars)],
            ImportRefusalReason.ColumnNameTooLong => l["A column name in row {0} is longer than {1} characters; the limit is {1}.", row, N(ImportLimits.MaxColumnNameChars)],
            ImportRefusalReason.RowTooLong => l["Row {0} is longer than {1} characters; the limit is {1}.", row, N(ImportLimits.MaxRowChars)],
            ImportRefusalReason.TextTooLong => l["A text in the workbook is longer than {0} characters; the limit is {0}.", N(ImportLimits.MaxCellChars)],
            ImportRefusalReason.TooManyTexts => l["The workbook holds more than {0} different texts; the limit is {0}.", N(ImportLimits.MaxSharedStrings)],
            ImportRefusalReason.TextsTooLong => l["The workbook's texts add up to more than {0} characters; the limit is {0}.", N(ImportLimits.MaxSharedStringChars)],
            ImportRefusalReason.XmlTagTooLong => l["The workbook holds an XML tag longer than {0} bytes; the limit is {0}.", N(ImportLimits.MaxXmlTagBytes)],
            ImportRefusalReason.TooManyXmlNames => l["A part of the workbook uses more than {0} different XML names; the limit is {0}.", N(ImportLimits.MaxXmlNames)],
            ImportRefusalReason.XmlTooDeep => l["A part of the workbook nests XML more than {0} levels deep; the limit is {0}.", N(ImportLimits.MaxXmlDepth)],
            ImportRefusalReason.XmlDocumentType => l["The workbook contains an XML document type declaration (DTD), which is not accepted. Save it again from your spreadsheet program."],
            ImportRefusalReason.NotAWorkbook => l["The file is a ZIP archive but not an Excel workbook (.xlsx). Save it as Excel (.xlsx) or CSV and try again."],
            ImportRefusalReason.ProtectedWorkbook => l["The file is a password-protected workbook or an old Excel (.xls) file. Save it as Excel (.xlsx) without a password, or as CSV, and try again."],
            ImportRefusalReason.NoSheet => l["The workbook has no sheet."],
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.Reason, null),
        };
    }
}
