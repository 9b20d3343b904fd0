using System.Globalization;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>Reads the text of a <see cref="CompareQuery"/>; shared by the validator and the resolver so they agree.</summary>
public static class CompareInput
{
    public const int MaxCountries = 35;
    public const int MinYear = ReportingPeriod.MinYear;
    public const int MaxYear = ReportingPeriod.MaxYear;
    private const int MaxEchoedLength = 20;

    public static IReadOnlyList<string> CountryCodes(string[]? values) =>
        (values ?? [])
        .SelectMany(v => (v ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToList();

    /// <summary>A whole number written in digits only; the range is checked separately, so huge numbers read as out of range.</summary>
    public static bool TryParseYear(string? text, out int year)
    {
        year = 0;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !trimmed.All(char.IsAsciiDigit))
        {
            return false;
        }

        year = int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : int.MaxValue;
        return true;
    }

    public static bool IsInRange(int year) => year is >= MinYear and <= MaxYear;

    public static bool TryParseYearInRange(string? text, out int year) => TryParseYear(text, out year) && IsInRange(year);

    /// <summary>A region by its name only ("SouthAmerica", any case): numbers are not names.</summary>
    public static bool TryParseRegion(string? text, out SubRegion region) => TryParseName(text, out region);

    public static bool TryParseView(string? text, out CompareView view) => TryParseName(text, out view);

    /// <summary>Visitor's text as it may be repeated in a message: trimmed and cut short.</summary>
    public static string Echo(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxEchoedLength ? trimmed : string.Concat(trimmed.AsSpan(0, MaxEchoedLength), "…");
    }

    private static bool TryParseName<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        var trimmed = text?.Trim();
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out value);
    }
}
