using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ComunidadPyme.Core.Indicators;

/// <summary>A year ("2023"), a quarter ("2023-Q2") or a month ("2023-05").</summary>
public readonly record struct ReportingPeriod(int Year, Periodicity Periodicity, int Part)
{
    public const int MinYear = 1950;
    public const int MaxYear = 2100;

    public static ReportingPeriod OfYear(int year) => new(year, Periodicity.Annual, 0);

    public static bool TryParse(string? text, [NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = null;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < 4 || !TryYear(text[..4], out var year))
        {
            return false;
        }

        var rest = text[4..];
        if (rest.Length == 0)
        {
            period = OfYear(year);
        }
        else if (rest.Length == 3 && rest.StartsWith("-Q", StringComparison.OrdinalIgnoreCase)
                 && rest[2] is >= '1' and <= '4')
        {
            period = new ReportingPeriod(year, Periodicity.Quarterly, rest[2] - '0');
        }
        else if (rest.Length == 3 && rest[0] == '-'
                 && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                 && month is >= 1 and <= 12)
        {
            period = new ReportingPeriod(year, Periodicity.Monthly, month);
        }

        return period is not null;
    }

    /// <summary>
    /// The latest of some periods as written (those that do not parse are left out): by year, and within a year by
    /// the month a period ends, an annual figure counting last; null when none parses.
    /// </summary>
    public static ReportingPeriod? Latest(IEnumerable<string> periods) =>
        periods.Select(p => TryParse(p, out var period) ? period : null)
            .OfType<ReportingPeriod>()
            .OrderBy(p => p.Year)
            .ThenBy(p => p.Periodicity switch { Periodicity.Quarterly => p.Part * 3, Periodicity.Monthly => p.Part, _ => 13 })
            .Cast<ReportingPeriod?>()
            .LastOrDefault();

    public override string ToString() => Periodicity switch
    {
        Periodicity.Quarterly => $"{Year:D4}-Q{Part}",
        Periodicity.Monthly => $"{Year:D4}-{Part:D2}",
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
        && year is >= MinYear and <= MaxYear;
}
