using System.Globalization;

namespace ComunidadPyme.Web.Features.Workspace.Observations;

/// <summary>
/// Numbers as people type them: a "." decimal point always works, and so does the decimal separator of
/// the page's language ("12,5" in Spanish). Thousands separators are refused rather than guessed, because
/// "1.234" and "1,234" mean different things in different languages.
/// </summary>
public static class DecimalText
{
    private const int MaxLength = 64;
    private static readonly char[] s_spaces = [' ', '\u00A0', '\u202F', '\u2009'];

    public static bool TryParse(string? text, CultureInfo culture, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return false;
        }

        var compact = string.Concat(text.Split(s_spaces, StringSplitOptions.RemoveEmptyEntries));
        var parsed = double.TryParse(compact, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                     || double.TryParse(compact, NumberStyles.Float, culture, out value);
        return parsed && double.IsFinite(value);
    }

    /// <summary>The value in an input box: every digit kept, no thousands separators.</summary>
    public static string ForInput(double value, CultureInfo culture) => value.ToString("R", culture);

    /// <summary>The value in text: thousands separated, every significant decimal kept.</summary>
    public static string ForDisplay(double value, CultureInfo culture) => value.ToString("#,##0.##########", culture);
}
