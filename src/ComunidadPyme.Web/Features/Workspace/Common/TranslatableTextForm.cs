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

    public bool IsEmpty => string.IsNullOrWhiteSpace(Original);

    public static TranslatableTextForm From(TranslatableText? text, string defaultLanguage) => text is null
        ? new TranslatableTextForm { Language = defaultLanguage }
        : new TranslatableTextForm
        {
            Original = text.Original, Language = text.Language, En = text.En, Es = text.Es, Pt = text.Pt, Fr = text.Fr,
        };

    /// <summary>The value to store; null when no original was written. Rich text is cleaned of any HTML.</summary>
    public TranslatableText? ToValue(bool rich)
    {
        if (IsEmpty)
        {
            return null;
        }

        return new TranslatableText
        {
            Original = Tidy(Original, rich)!,
            Language = (Language ?? Languages.English).Trim().ToLowerInvariant(),
            En = Tidy(En, rich),
            Es = Tidy(Es, rich),
            Pt = Tidy(Pt, rich),
            Fr = Tidy(Fr, rich),
        };
    }

    private static string? Tidy(string? text, bool rich)
    {
        var cleaned = rich ? RichTextCleaner.Clean(text) : text?.Trim();
        return string.IsNullOrWhiteSpace(cleaned) ? null : cleaned;
    }
}
