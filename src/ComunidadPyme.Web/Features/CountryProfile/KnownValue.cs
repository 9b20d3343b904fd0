namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// Reads an enum member from an address by its name only: <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
/// alone would also take "7", "-1" or "Law, Decree" and produce values that are not members. The empty
/// member of a flags enum (0, "None") is never a useful filter, so it is refused too.
/// </summary>
public static class KnownValue
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed)
               && trimmed.All(char.IsAsciiLetter)
               && Enum.TryParse(trimmed, ignoreCase: true, out value)
               && Enum.IsDefined(value)
               && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0;
    }
}
