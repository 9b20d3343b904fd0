namespace ComunidadPyme.Core.Common;

/// <summary>
/// Reference text written by the portal in the four OAS languages (country names, principles, the
/// indicator catalogue). English is always present; a missing translation falls back to English.
/// </summary>
public sealed class LocalizedText
{
    public string En { get; set; } = string.Empty;
    public string? Es { get; set; }
    public string? Pt { get; set; }
    public string? Fr { get; set; }

    public static LocalizedText Of(string en, string? es = null, string? pt = null, string? fr = null) =>
        new() { En = en, Es = es, Pt = pt, Fr = fr };

    public string? Exact(string language) => language.ToLowerInvariant() switch
    {
        Languages.Spanish => Es,
        Languages.Portuguese => Pt,
        Languages.French => Fr,
        _ => En,
    };

    public string In(string language)
    {
        var text = Exact(language);
        return string.IsNullOrWhiteSpace(text) ? En : text;
    }

    public override string ToString() => En;
}
