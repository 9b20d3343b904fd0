using System.Globalization;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// Reads numbers typed by visitors: in their culture ("4.000.000,50" in Spanish, "4 000 000,50" in French)
/// and also with a point as the decimal mark ("4000000.50"), as people used to other sites type them.
/// </summary>
public static class NumberInput
{
    /// <summary>Longer input is refused before parsing: no amount a visitor means needs more.</summary>
    public const int MaxLength = 30;

    public static bool TryParseWholeNumber(string? text, CultureInfo culture, out long value)
    {
        value = 0;
        var compact = Compact(text);
        return compact is not null
               && long.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, culture, out value);
    }

    public static bool TryParseAmount(string? text, CultureInfo culture, out decimal value)
    {
        value = 0;
        var compact = Compact(text);
        if (compact is null)
        {
            return false;
        }

        var decimalMark = culture.NumberFormat.NumberDecimalSeparator;
        var pointIsDecimalMark = decimalMark != "." && !compact.Contains(decimalMark, StringComparison.Ordinal)
                                 && compact.Count(c => c == '.') == 1;
        return pointIsDecimalMark
            ? decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out value)
            : decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
                                        | NumberStyles.AllowThousands, culture, out value);
    }

    /// <summary>Drops every kind of space, which cultures use (or people type) between groups of digits.</summary>
    private static string? Compact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0').ToArray());
        return compact.Length == 0 ? null : compact;
    }
}
