using System.Globalization;

namespace ComunidadPyme.Web.Localization;

/// <summary>
/// Dates as people read them without doubt: the day, the month's abbreviated name and the year in the page's
/// language ("5 Dec 2026", "5 dic 2026", "5 dez 2026", "5 déc. 2026"), never "5/12/2026", which reads as 12 May
/// in one country and 5 December in the next. Files and <c>datetime</c> attributes use ISO 8601 instead.
/// </summary>
public static class Dates
{
    public const string Pattern = "d MMM yyyy";

    public static string Short(DateOnly date) => date.ToString(Pattern, CultureInfo.CurrentCulture);

    public static string Short(DateTime date) => date.ToString(Pattern, CultureInfo.CurrentCulture);

    public static string? Short(DateOnly? date) => date is { } d ? Short(d) : null;

    public static string? Short(DateTime? date) => date is { } d ? Short(d) : null;

    /// <summary>A moment, to the minute, on the 24-hour clock: "5 Dec 2026 14:05".</summary>
    public static string WithTime(DateTime moment) => moment.ToString(Pattern + " HH:mm", CultureInfo.CurrentCulture);

    public static string? WithTime(DateTime? moment) => moment is { } m ? WithTime(m) : null;
}
