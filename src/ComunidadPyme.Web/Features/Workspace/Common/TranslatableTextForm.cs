using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Infrastructure.RichText;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>The fields of a <see cref="TranslatableText"/>: the original, its language and the four translations.</summary>
public sealed class TranslatableTextForm
{
    [FieldLabel("Original text")]
    public string? Original { get; set; }

    [FieldLabel("Language of the original")]
    public string? Language { get; set; }

    [FieldLabel("English translation")]
    public string? En { get; set; }

    [FieldLabel("Spanish translation")]
    public string? Es { get; set; }

    [FieldLabel("Portuguese translation")]
    public string? Pt { get; set; }

    [FieldLabel("French translation")]
    public string? Fr { get; set; }

    public static TranslatableTextForm From(TranslatableText? text, string defaultLanguage) => text is null
        ? new TranslatableTextForm { Language = defaultLanguage }
        : new TranslatableTextForm
        {
            Original = text.Original, Language = text.Language, En = text.En, Es = text.Es, Pt = text.Pt, Fr = text.Fr,
        };

    /// <summary>
    /// The value to store; null when the original has no text once cleaned (rich text loses its HTML, every
    /// text its control characters). The validator checks these same cleaned values, so what it accepts is
    /// exactly what is stored.
    /// </summary>
    public TranslatableText? ToValue(bool rich)
    {
        if (Stored(Original, rich) is not { } original)
        {
            return null;
        }

        return new TranslatableText
        {
            Original = original,
            Language = (Language ?? Languages.English).Trim().ToLowerInvariant(),
            En = Stored(En, rich),
            Es = Stored(Es, rich),
            Pt = Stored(Pt, rich),
            Fr = Stored(Fr, rich),
        };
    }

    /// <summary>The text as it will be stored, or null when nothing visible is left of it.</summary>
    public static string? Stored(string? text, bool rich)
    {
        var cleaned = rich ? RichTextCleaner.Clean(text) : TextCleaning.RemoveUnsafeCharacters(text)?.Trim();
        return TextCleaning.HasVisibleText(cleaned) ? cleaned : null;
    }
}
