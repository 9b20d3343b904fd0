namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>Lists the single named members set in a flags value (topics, target groups) in declaration order.</summary>
public static class FlagMembers
{
    public static IReadOnlyList<TEnum> Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Where(member => IsSingleBit(member) && value.HasFlag(member))
            .ToList();

    public static IReadOnlyList<TEnum> All<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(IsSingleBit).ToList();

    private static bool IsSingleBit<TEnum>(TEnum member) where TEnum : struct, Enum
    {
        var bits = Convert.ToInt64(member, System.Globalization.CultureInfo.InvariantCulture);
        return bits > 0 && (bits & (bits - 1)) == 0;
    }
}
