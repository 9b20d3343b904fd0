using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>Turns text written in the four OAS languages into a country's own text with translations.</summary>
internal static class SampleText
{
    public static LocalizedText T(string en, string es, string pt, string fr) => LocalizedText.Of(en, es, pt, fr);

    /// <summary>The text as if the country wrote it in <paramref name="language"/>, the other three as translations.</summary>
    public static TranslatableText In(string language, LocalizedText text)
    {
        var original = Languages.IsSupported(language) ? language.ToLowerInvariant() : Languages.English;
        return new TranslatableText
        {
            Language = original,
            Original = text.In(original),
            En = original == Languages.English ? null : text.En,
            Es = original == Languages.Spanish ? null : text.Es,
            Pt = original == Languages.Portuguese ? null : text.Pt,
            Fr = original == Languages.French ? null : text.Fr,
        };
    }

    /// <summary>An official text in its own language with an English translation only.</summary>
    public static TranslatableText WithEnglish(string language, string original, string english) =>
        new() { Language = language, Original = original, En = english };
}
