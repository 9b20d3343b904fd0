using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>Enum values as people read them: resource keys "Type.Member" (e.g. "LegalStatus.InForce").</summary>
public static class EnumText
{
    public static string Of(IStringLocalizer l, Enum value)
    {
        var type = value.GetType();
        if (type.IsDefined(typeof(FlagsAttribute), inherit: false))
        {
            var parts = Enum.GetValues(type).Cast<Enum>()
                .Where(flag => Convert.ToInt64(flag, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(flag) && IsSingleBit(flag))
                .Select(flag => Single(l, type, flag))
                .ToList();
            return parts.Count == 0 ? l["None"] : string.Join(", ", parts);
        }

        return Single(l, type, value);
    }

    public static IReadOnlyList<SelectListItem> Options<TEnum>(IStringLocalizer l, TEnum? selected = null)
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>()
            .Where(v => !typeof(TEnum).IsDefined(typeof(FlagsAttribute), false) || (IsSingleBit(v) && Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0))
            .Select(v => new SelectListItem(Single(l, typeof(TEnum), v), v.ToString(), selected is { } s && s.Equals(v)))];

    /// <summary>The single flags of a [Flags] value, for check boxes.</summary>
    public static List<TEnum> Flags<TEnum>(TEnum value) where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Where(v => IsSingleBit(v) && Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(v))];

    public static TEnum Combine<TEnum>(IEnumerable<TEnum>? flags) where TEnum : struct, Enum =>
        (TEnum)Enum.ToObject(typeof(TEnum), (flags ?? []).Aggregate(0L, (all, f) => all | Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture)));

    private static string Single(IStringLocalizer l, Type type, Enum value)
    {
        var localized = l[$"{type.Name}.{value}"];
        return localized.ResourceNotFound ? value.ToString() : localized.Value;
    }

    private static bool IsSingleBit(Enum value)
    {
        var bits = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        return (bits & (bits - 1)) == 0;
    }
}
