using System.Globalization;
using System.Text.RegularExpressions;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// Reads numbers as visitors type them: "R$ 4.000.000,00", "4 000 000", "4,000,000.00", "4000000.5", with or
/// without a currency symbol or code. A mark that appears more than once, or before the other mark, groups
/// digits; a single mark followed by one, two or more than three digits is the decimal mark. A single mark
/// followed by exactly three digits ("4,000", "4.000") is read in the page's culture when it is that
/// culture's group mark, and is otherwise ambiguous (4 or 4000?): the visitor is asked to write it plainly.
/// </summary>
public static partial class NumberInput
{
    /// <summary>Longer input is refused before parsing: no amount a visitor means needs more.</summary>
    public const int MaxLength = 30;

    public static bool TryParseWholeNumber(string? text, CultureInfo culture, out long value)
    {
        value = 0;
        var reading = Read(text, culture, wholeNumber: true);
        if (reading.Problem != NumberProblem.None || reading.Value != decimal.Truncate(reading.Value)
            || reading.Value is > long.MaxValue or < long.MinValue)
        {
            return false;
        }

        value = (long)reading.Value;
        return true;
    }

    public static bool TryParseAmount(string? text, CultureInfo culture, out decimal value)
    {
        var reading = ReadAmount(text, culture);
        value = reading.Value;
        return reading.Problem == NumberProblem.None;
    }

    /// <summary>Reads an amount, saying why when it cannot: not a number, or a number that reads two ways.</summary>
    public static NumberReading ReadAmount(string? text, CultureInfo culture) => Read(text, culture, wholeNumber: false);

    private static NumberReading Read(string? text, CultureInfo culture, bool wholeNumber)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return NumberReading.NotANumber;
        }

        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            return NumberReading.NotANumber;
        }

        var negative = match.Groups["sign"].Success;
        var digits = Spaces().Replace(match.Groups["number"].Value, " ");
        var decimalMark = DecimalMark(digits, culture, wholeNumber, out var problem);
        if (problem != NumberProblem.None)
        {
            return new NumberReading(0, problem);
        }

        var integerPart = decimalMark is { } mark ? digits[..digits.LastIndexOf(mark)] : digits;
        var fraction = decimalMark is { } m ? digits[(digits.LastIndexOf(m) + 1)..] : "";
        if ((decimalMark is not null && (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit)))
            || !IsGrouped(integerPart))
        {
            return NumberReading.NotANumber;
        }

        var plain = new string(integerPart.Where(char.IsAsciiDigit).ToArray()) + (fraction.Length > 0 ? "." + fraction : "");
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? new NumberReading(negative ? -value : value, NumberProblem.None)
            : NumberReading.NotANumber;
    }

    /// <summary>Which of '.' and ',' separates the decimals, if either; null when the number has none.</summary>
    private static char? DecimalMark(string digits, CultureInfo culture, bool wholeNumber, out NumberProblem problem)
    {
        problem = NumberProblem.None;
        var points = digits.Count(c => c == '.');
        var commas = digits.Count(c => c == ',');
        if (points > 0 && commas > 0)
        {
            // Both marks: the last one separates the decimals, and it may appear only once.
            var last = digits.LastIndexOf('.') > digits.LastIndexOf(',') ? '.' : ',';
            if ((last == '.' ? points : commas) > 1)
            {
                problem = NumberProblem.NotANumber;
            }

            return last;
        }

        if (points + commas == 0)
        {
            return null;
        }

        var single = points > 0 ? '.' : ',';
        if (points + commas > 1)
        {
            return null;
        }

        var digitsAfter = digits.Length - digits.IndexOf(single) - 1;
        if (digits.Contains(' ') || digitsAfter != 3 || digits[0] == '0')
        {
            // Spaces already group the digits, groups have three digits and no group starts a number with 0:
            // the mark must be the decimal one.
            return single;
        }

        if (wholeNumber || culture.NumberFormat.NumberGroupSeparator == single.ToString())
        {
            return null;
        }

        problem = NumberProblem.Ambiguous;
        return null;
    }

    /// <summary>True when the digits are one run, or grouped by threes after a first group of one to three.</summary>
    private static bool IsGrouped(string integerPart)
    {
        var groups = integerPart.Split([' ', '.', ','], StringSplitOptions.None);
        if (!groups.All(g => g.Length > 0 && g.All(char.IsAsciiDigit)))
        {
            return false;
        }

        return groups.Length == 1 || (groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3));
    }

    /// <summary>
    /// An optional sign, an optional currency symbol or code before or after ("R$", "US$", "$", "S/", "MXN",
    /// "UF"), and digits with '.', ',' or spaces between them.
    /// </summary>
    [GeneratedRegex(@"^(?<sign>-)?\s*(?:(?:[A-Za-z]{1,4}\s?\$|\$|€|S/\.?|[A-Za-z]{2,4})\s*)?(?<sign>-)?(?<number>\d[\d.,\s\u00A0\u202F]*?\d|\d)\s*(?:[A-Za-z]{2,4}\$?|\$|€)?$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"[\s\u00A0\u202F]+")]
    private static partial Regex Spaces();
}

/// <summary>What was read from a typed number: its value, or why it could not be read.</summary>
public readonly record struct NumberReading(decimal Value, NumberProblem Problem)
{
    public static NumberReading NotANumber => new(0, NumberProblem.NotANumber);

    public static NumberReading Ambiguous => new(0, NumberProblem.Ambiguous);
}

public enum NumberProblem
{
    None = 0,
    NotANumber = 1,

    /// <summary>A single '.' or ',' before three digits, when the page's culture does not say which it is.</summary>
    Ambiguous = 2,
}
