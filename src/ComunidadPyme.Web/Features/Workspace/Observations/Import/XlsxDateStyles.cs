using System.Globalization;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Which cell styles show a number as a date: a workbook stores "2023-05-01" as the number 45047 with a date
/// format, and the import reads it back as the date, as the person sees it.
/// </summary>
public sealed class XlsxDateStyles
{
    /// <summary>Excel allows 64,000 cell formats; any beyond are read as not dates rather than kept.</summary>
    private const int MaxStyles = 64_000;

    public static readonly XlsxDateStyles None = new([]);

    private readonly IReadOnlyList<bool> _isDate;

    private XlsxDateStyles(IReadOnlyList<bool> isDate) => _isDate = isDate;

    public bool IsDate(int style) => style >= 0 && style < _isDate.Count && _isDate[style];

    public static XlsxDateStyles Read(XlsxPartReader part)
    {
        var customDates = new HashSet<int>();
        var isDate = new List<bool>();
        var inCellFormats = false;
        while (part.Read())
        {
            if (part.IsElement("numFmt") && Number(part.Attribute("numFmtId")) is { } id && IsDateFormat(part.Attribute("formatCode")))
            {
                customDates.Add(id);
            }
            else if (part.IsElement("cellXfs"))
            {
                inCellFormats = !part.IsEmptyElement;
            }
            else if (part.IsEndElement("cellXfs"))
            {
                inCellFormats = false;
            }
            else if (part.IsElement("xf") && inCellFormats && isDate.Count < MaxStyles)
            {
                var format = Number(part.Attribute("numFmtId")) ?? 0;
                isDate.Add(customDates.Contains(format) || IsBuiltInDate(format));
            }
        }

        return new XlsxDateStyles(isDate);
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The built-in formats (ECMA-376 18.8.30) that show dates or times, in all locales.</summary>
    private static bool IsBuiltInDate(int id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;

    /// <summary>A custom format shows a date if it has a date or time part outside quoted text and [brackets].</summary>
    private static bool IsDateFormat(string? code)
    {
        if (code is null)
        {
            return false;
        }

        var quoted = false;
        var bracketed = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '[')
            {
                bracketed = true;
            }
            else if (c == ']')
            {
                bracketed = false;
            }
            else if (c is '\\' or '_' or '*')
            {
                // The next character is shown as it is (\), as a space of its width (_) or repeated (*).
                i++;
            }
            else if (!bracketed && "yYmMdDhHsS".Contains(c))
            {
                return true;
            }
        }

        return false;
    }
}
