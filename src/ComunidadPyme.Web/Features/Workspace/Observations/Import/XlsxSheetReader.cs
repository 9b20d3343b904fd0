using System.Globalization;
using System.Text;
using System.Xml;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Reads the rows of a worksheet part as text, numbered by their "r" attribute as the spreadsheet shows them.
/// Only cells with a value count: empty formatted cells far to the right neither widen a row nor pass the
/// column limit. Numbers are written invariantly ("12.5") and date-formatted numbers as dates ("2023-05-01").
/// </summary>
public static class XlsxSheetReader
{
    /// <summary>Excel's last column, XFD; anything further is only counted as "too far".</summary>
    private const int LastColumn = 16_384;

    public static IEnumerable<ImportRawRow> Rows(XlsxPartReader part, IReadOnlyList<string> texts, XlsxDateStyles styles)
    {
        var cells = new string?[ImportLimits.MaxColumns];
        var value = new StringBuilder();
        int rowNumber = 0, width = 0, column = 0, style = 0;
        string? type = null;
        bool inCell = false, inValue = false, inInline = false, inInlineText = false, inPhonetic = false, hasValue = false;
        while (part.Read())
        {
            if (part.NodeType == XmlNodeType.Element)
            {
                var empty = part.IsEmptyElement;
                switch (part.LocalName)
                {
                    case "row":
                        rowNumber = Number(part.Attribute("r")) ?? rowNumber + 1;
                        column = 0;
                        break;
                    case "c":
                        column = ColumnOf(part.Attribute("r")) ?? column + 1;
                        type = part.Attribute("t");
                        style = Number(part.Attribute("s")) ?? 0;
                        value.Clear();
                        inCell = !empty;
                        hasValue = false;
                        break;
                    case "v":
                        inValue = inCell && !empty;
                        hasValue |= inValue;
                        break;
                    case "is":
                        inInline = inCell && !empty;
                        hasValue |= inInline;
                        break;
                    case "rPh":
                        inPhonetic = !empty;
                        break;
                    case "t":
                        inInlineText = inInline && !inPhonetic && !empty;
                        break;
                }
            }
            else if (part.NodeType == XmlNodeType.EndElement)
            {
                switch (part.LocalName)
                {
                    case "v":
                        inValue = false;
                        break;
                    case "t":
                        inInlineText = false;
                        break;
                    case "rPh":
                        inPhonetic = false;
                        break;
                    case "is":
                        inInline = false;
                        break;
                    case "c":
                        inCell = false;
                        if (hasValue && Text(type, style, value.ToString(), texts, styles) is { Length: > 0 } text)
                        {
                            if (column > ImportLimits.MaxColumns)
                            {
                                throw new ImportRefusedException(ImportRefusalReason.TooManyColumns, rowNumber);
                            }

                            cells[column - 1] = text;
                            width = Math.Max(width, column);
                        }

                        break;
                    case "row" when width > 0:
                        yield return new ImportRawRow(rowNumber, cells[..width]);
                        Array.Clear(cells, 0, width);
                        width = 0;
                        break;
                }
            }
            else if (part.IsText)
            {
                // Text is read in chunks and only what a cell holds is kept: text between cells costs the
                // workbook's byte budget but no memory, and a cell's text, formulas included, stops at the limit.
                var row = rowNumber;
                part.ReadText(inValue || inInlineText ? value : null, inCell ? ImportLimits.MaxCellChars : int.MaxValue,
                    () => new ImportRefusedException(ImportRefusalReason.CellTooLong, row));
            }
        }
    }

    private static string? Text(string? type, int style, string raw, IReadOnlyList<string> texts, XlsxDateStyles styles)
    {
        switch (type)
        {
            case "s":
                return Number(raw) is { } index && index < texts.Count
                    ? texts[index].Trim()
                    : throw new InvalidDataException($"A cell points to shared text {raw}, which the workbook does not have.");
            case "b":
                return raw switch { "1" => bool.TrueString, "0" => bool.FalseString, _ => raw };
            case "d":
                return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? Date(date) : raw.Trim();
            case null or "n":
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return raw.Trim();
                }

                return styles.IsDate(style) && number is > -657_435 and < 2_958_466
                    ? Date(DateTime.FromOADate(number))
                    : number.ToString("R", CultureInfo.InvariantCulture);
            default:
                // inlineStr, str (a formula's text) and e (an error such as #N/A).
                return raw.Trim();
        }
    }

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The column of a reference such as "AB12", counted from 1.</summary>
    private static int? ColumnOf(string? reference)
    {
        var column = 0;
        var letters = 0;
        while (reference is not null && letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            column = Math.Min(column * 26 + (char.ToUpperInvariant(reference[letters]) - 'A' + 1), LastColumn + 1);
            letters++;
        }

        return letters == 0 ? null : column;
    }
}
