using System.Globalization;

namespace ComunidadPyme.Web.Infrastructure.Filters;

/// <summary>Reads the values of the public lists' filters, which arrive as free text in the address.</summary>
public static class FilterValue
{
    public const int MaxEchoLength = 40;

    /// <summary>An enum member by name, any case; numbers, combinations and zero ("None") are refused.</summary>
    public static bool TryEnum<T>(string? value, out T result) where T : struct, Enum
    {
        result = default;
        var text = value?.Trim();
        return !string.IsNullOrEmpty(text)
               && char.IsLetter(text[0])
               && !text.Contains(',')
               && Enum.TryParse(text, ignoreCase: true, out result)
               && Enum.IsDefined(result)
               && Convert.ToInt64(result, CultureInfo.InvariantCulture) != 0;
    }

    public static bool TryInt(string? value, int min, int max, out int result) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out result)
        && result >= min && result <= max;

    public static bool IsEmpty(string? value) => string.IsNullOrWhiteSpace(value);

    /// <summary>A visitor's value as quoted back in a message: short, so a pasted essay does not fill the page.</summary>
    public static string Echo(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        return text.Length <= MaxEchoLength ? text : text[..MaxEchoLength] + "…";
    }
}
