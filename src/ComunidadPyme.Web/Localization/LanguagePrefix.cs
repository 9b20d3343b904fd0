using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Localization;

/// <summary>Reads and swaps the language prefix of an address ("/es/countries" ⇄ "/fr/countries").</summary>
public static class LanguagePrefix
{
    public static string? Of(string? path) =>
        path is { Length: >= 3 } && path[0] == '/' && (path.Length == 3 || path[3] == '/')
        && Languages.All.Contains(path.Substring(1, 2), StringComparer.Ordinal)
            ? path.Substring(1, 2)
            : null;

    /// <summary>The same address in <paramref name="language"/>; an address without a prefix leads to that language's home.</summary>
    public static string Switch(string? path, string? query, string language) =>
        Of(path) is null ? $"/{language}/" : $"/{language}{path![3..]}{query}";
}
