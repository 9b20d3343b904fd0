using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>The fields of a <see cref="LocalizedText"/>: reference text written by the portal in the four languages.</summary>
public sealed class LocalizedTextForm
{
    [FieldLabel("English")]
    public string? En { get; set; }

    [FieldLabel("Spanish")]
    public string? Es { get; set; }

    [FieldLabel("Portuguese")]
    public string? Pt { get; set; }

    [FieldLabel("French")]
    public string? Fr { get; set; }

    public static LocalizedTextForm From(LocalizedText text) =>
        new() { En = text.En, Es = text.Es, Pt = text.Pt, Fr = text.Fr };

    /// <summary>
    /// The value to store: a new instance, so EF compares every language against what was saved; an empty
    /// translation is stored as missing, so readers fall back to English.
    /// </summary>
    public LocalizedText ToValue() => LocalizedText.Of(En?.Trim() ?? string.Empty, Blank(Es), Blank(Pt), Blank(Fr));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
