namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>
/// Reads enum names from query strings. Only names are accepted (not numbers, which Enum.TryParse would
/// take), and the empty flag "None" is not a filter.
/// </summary>
public static class EnumNames
{
    public static IReadOnlyList<string> Allowed<TEnum>() where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Where(name => name != "None").ToList();

    public static bool IsAllowed<TEnum>(string? text) where TEnum : struct, Enum =>
        text is not null && Allowed<TEnum>().Contains(text.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The value, or null when the parameter was left out (validated input only).</summary>
    public static TEnum? ValueOrNull<TEnum>(string? text) where TEnum : struct, Enum =>
        IsAllowed<TEnum>(text) ? Enum.Parse<TEnum>(text!.Trim(), ignoreCase: true) : null;

    /// <summary>The single flags set in <paramref name="value"/>, e.g. Taxation | Labour → [Taxation, Labour].</summary>
    public static IReadOnlyList<TEnum> Flags<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Where(flag => Convert.ToInt64(flag, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(flag))
            .ToList();
}
