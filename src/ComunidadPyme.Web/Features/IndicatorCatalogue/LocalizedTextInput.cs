using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>A text in the four OAS languages, as typed in the form.</summary>
public sealed class LocalizedTextInput
{
    public string? En { get; set; }
    public string? Es { get; set; }
    public string? Pt { get; set; }
    public string? Fr { get; set; }

    public static LocalizedTextInput From(LocalizedText text) => new() { En = text.En, Es = text.Es, Pt = text.Pt, Fr = text.Fr };

    /// <summary>Empty translations are stored as missing, so readers fall back to English.</summary>
    public LocalizedText ToLocalizedText() => LocalizedText.Of(
        En?.Trim() ?? string.Empty, Blank(Es), Blank(Pt), Blank(Fr));

    public IEnumerable<(string Language, string? Text)> All() =>
        [(Languages.English, En), (Languages.Spanish, Es), (Languages.Portuguese, Pt), (Languages.French, Fr)];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
