using System.Globalization;

namespace ComunidadPyme.Web.Features.Workspace.History;

/// <summary>Reads back the invariant text the audit trail writes for a value (see AuditTrail.Format).</summary>
public static class AuditValueParser
{
    public static bool TryParse(string? text, Type type, out object? value)
    {
        value = null;
        var underlying = Nullable.GetUnderlyingType(type);
        if (text is null)
        {
            return underlying is not null || !type.IsValueType;
        }

        var target = underlying ?? type;
        var invariant = CultureInfo.InvariantCulture;
        try
        {
            value = target switch
            {
                _ when target == typeof(string) => text,
                _ when target.IsEnum => Enum.Parse(target, text),
                _ when target == typeof(DateOnly) => DateOnly.ParseExact(text, "yyyy-MM-dd", invariant),
                _ when target == typeof(DateTime) => DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss", invariant), DateTimeKind.Utc),
                _ when target == typeof(bool) => bool.Parse(text),
                _ when target == typeof(Guid) => Guid.Parse(text),
                _ when target == typeof(int) => int.Parse(text, NumberStyles.Integer, invariant),
                _ when target == typeof(long) => long.Parse(text, NumberStyles.Integer, invariant),
                _ when target == typeof(decimal) => decimal.Parse(text, NumberStyles.Float, invariant),
                _ when target == typeof(double) => double.Parse(text, NumberStyles.Float, invariant),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            return false;
        }

        return value is not null;
    }
}
