using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Features.Workspace.Common;

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

    public void CopyTo(LocalizedText text)
    {
        text.En = En?.Trim() ?? string.Empty;
        text.Es = Blank(Es);
        text.Pt = Blank(Pt);
        text.Fr = Blank(Fr);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
