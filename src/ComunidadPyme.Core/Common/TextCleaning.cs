using System.Globalization;
using System.Text;

namespace ComunidadPyme.Core.Common;

/// <summary>
/// What the portal stores of any text a person types: no control characters (they break XML, and so XLSX
/// exports), no bidirectional embeddings or overrides (they reorder the text around them on the page), no
/// lone surrogates or noncharacters, and no zero-width spaces or byte-order marks. Line breaks, tabs, emoji
/// and joiners (which emoji need) are kept. The result is valid in XML 1.0, JSON, CSV and HTML alike.
/// </summary>
public static class TextCleaning
{
    /// <summary>The text without the characters above; the same instance when it had none.</summary>
    public static string? RemoveUnsafeCharacters(string? text)
    {
        if (text is null || FirstRemoved(text) is not { } first)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (IsPairAt(text, i))
            {
                kept.Append(text, i++, 2);
            }
            else if (!IsRemoved(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static int? FirstRemoved(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPairAt(text, i))
            {
                i++;
            }
            else if (IsRemoved(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsPairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    /// <summary>True when the text has something a reader can see: not only spaces, marks or invisible characters.</summary>
    public static bool HasVisibleText(string? text) =>
        text is not null && text.Any(c => !char.IsWhiteSpace(c) && !IsInvisible(c));

    private static bool IsRemoved(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < ' ' => true,
        >= '\u007F' and <= '\u009F' => true,
        '\u200B' or '\u2060' or '\uFEFF' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\uFFFE' or '\uFFFF' => true,
        _ => char.IsSurrogate(c),
    };

    private static bool IsInvisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
}
