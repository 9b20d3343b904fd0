using System.Globalization;
using ComunidadPyme.Core.Common;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>The languages a country's text may be written in: its official languages and the four of the OAS.</summary>
public static class LanguageOptions
{
    public static IReadOnlyList<SelectListItem> For(IEnumerable<string> officialLanguages, string? selected)
    {
        var codes = officialLanguages.Concat(Languages.All)
            .Append(selected ?? Languages.English)
            .Where(IsKnown)
            .Select(c => c.Trim().ToLowerInvariant())
            .Distinct();
        return [.. codes.Select(code => new SelectListItem(Name(code), code, string.Equals(code, selected, StringComparison.OrdinalIgnoreCase)))];
    }

    public static bool IsKnown(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code.Trim());
            return !culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal)
                   && culture.TwoLetterISOLanguageName.Length is 2 or 3;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static string Name(string code)
    {
        var native = CultureInfo.GetCultureInfo(code).NativeName;
        return native.Length > 0 ? char.ToUpper(native[0], CultureInfo.CurrentCulture) + native[1..] : code;
    }
}
