using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Features.Api.Common;

/// <summary>
/// A text written by a country: in the language asked for when translated, else the original;
/// <see cref="Language"/> says which, and the original is always given too.
/// </summary>
public sealed record TranslatedTextDto(string Text, string Language, string Original, string OriginalLanguage)
{
    public static TranslatedTextDto From(TranslatableText text, string language)
    {
        var resolved = text.Resolve(language);
        return new TranslatedTextDto(resolved.Text, resolved.Language, text.Original, text.Language);
    }

    public static TranslatedTextDto? FromOptional(TranslatableText? text, string language) =>
        text is null || string.IsNullOrWhiteSpace(text.Original) ? null : From(text, language);
}
