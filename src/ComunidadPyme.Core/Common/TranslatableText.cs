namespace ComunidadPyme.Core.Common;

/// <summary>
/// Content written by a country in its own language (which may be Dutch or Haitian Creole as well as an
/// OAS language), with optional translations into the four OAS languages.
/// </summary>
public sealed class TranslatableText
{
    public string Original { get; set; } = string.Empty;

    /// <summary>ISO 639-1 code of <see cref="Original"/>.</summary>
    public string Language { get; set; } = Languages.English;

    public string? En { get; set; }
    public string? Es { get; set; }
    public string? Pt { get; set; }
    public string? Fr { get; set; }

    public static TranslatableText In(string language, string original) =>
        new() { Language = language, Original = original };

    public string? Translation(string language) => language.ToLowerInvariant() switch
    {
        Languages.English => En,
        Languages.Spanish => Es,
        Languages.Portuguese => Pt,
        Languages.French => Fr,
        _ => null,
    };

    /// <summary>The text to show a visitor reading <paramref name="language"/>, and whether it is the original.</summary>
    public ResolvedText Resolve(string language)
    {
        if (string.Equals(language, Language, StringComparison.OrdinalIgnoreCase))
        {
            return new ResolvedText(Original, Language, IsFallback: false);
        }

        var translated = Translation(language);
        return string.IsNullOrWhiteSpace(translated)
            ? new ResolvedText(Original, Language, IsFallback: true)
            : new ResolvedText(translated, language, IsFallback: false);
    }

    /// <summary>
    /// This text when its original has text; otherwise (a row saved before empty originals were refused) the
    /// same text with its first translation as the original; null when there is no text at all.
    /// </summary>
    public TranslatableText? WithUsableOriginal()
    {
        if (!string.IsNullOrWhiteSpace(Original))
        {
            return this;
        }

        var language = Languages.All.FirstOrDefault(l => !string.IsNullOrWhiteSpace(Translation(l)));
        return language is null
            ? null
            : new TranslatableText { Original = Translation(language)!.Trim(), Language = language, En = En, Es = Es, Pt = Pt, Fr = Fr };
    }

    /// <summary>A separate copy, for a record that starts from another one's text.</summary>
    public static TranslatableText Copy(TranslatableText text) =>
        new() { Original = text.Original, Language = text.Language, En = text.En, Es = text.Es, Pt = text.Pt, Fr = text.Fr };

    public override string ToString() => Original;
}

/// <summary>A text chosen for a visitor; <see cref="IsFallback"/> is true when no translation existed.</summary>
public sealed record ResolvedText(string Text, string Language, bool IsFallback);
