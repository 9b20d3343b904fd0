using System.Globalization;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// Writes dates in the visitor's culture in full ("19 November 2021"), without the weekday that long
/// date patterns add, and as a bare year when only the year is known.
/// </summary>
public static class DateDisplay
{
    public static string Format(DateOnly date, DatePrecision precision = DatePrecision.Day)
    {
        var culture = CultureInfo.CurrentCulture;
        return precision == DatePrecision.Year
            ? date.Year.ToString("D4", culture)
            : date.ToString(LongDateWithoutWeekday(culture), culture);
    }

    public static string Format(DateTime dateTimeUtc) => Format(DateOnly.FromDateTime(dateTimeUtc));

    private static string LongDateWithoutWeekday(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.LongDatePattern;
        var weekday = pattern.IndexOf("dddd", StringComparison.Ordinal);
        if (weekday < 0)
        {
            return pattern;
        }

        // The weekday leads the pattern with its separator ("dddd, " in English, "dddd " in French).
        var rest = pattern[(weekday + 4)..].TrimStart(',', ' ');
        return (pattern[..weekday] + rest).Trim();
    }
}
