namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>A filter value from the address that names nothing; it is ignored and the visitor is told.</summary>
public sealed record RejectedFilter(string Parameter, string Value)
{
    /// <summary>How much of a rejected value is repeated back; the rest of a very long value adds nothing.</summary>
    public const int ShownLength = 60;

    public static RejectedFilter Of(string parameter, string value) =>
        new(parameter, value.Length <= ShownLength ? value : value[..ShownLength] + "…");
}
