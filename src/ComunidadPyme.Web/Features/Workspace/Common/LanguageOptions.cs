using System.Globalization;
using ComunidadPyme.Core.Common;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>The languages a country's text may be written in: its official languages and the four of the OAS.</summary>
public static class LanguageOptions
{
    // Official languages of member states that the platform's culture data may lack, with their own names.
    private static readonly Dictionary<string, string> s_memberStateLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ht"] = "Kreyòl ayisyen",
        ["gn"] = "Avañe'ẽ",
        ["qu"] = "Runa simi",
        ["ay"] = "Aymar aru",
    };

    // The neutral cultures the platform knows; any well-formed code would otherwise pass as an "unknown language".
    private static readonly HashSet<string> s_known = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.Name)
        .Where(name => name.Length is 2 or 3)
        .Concat(s_memberStateLanguages.Keys)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<SelectListItem> For(IEnumerable<string> officialLanguages, string? selected)
    {
        var codes = officialLanguages.Concat(Languages.All)
            .Append(selected ?? Languages.English)
            .Where(IsKnown)
            .Select(c => c.Trim().ToLowerInvariant())
            .Distinct();
        return [.. codes.Select(code => new SelectListItem(Name(code), code, string.Equals(code, selected, StringComparison.OrdinalIgnoreCase)))];
    }

    public static bool IsKnown(string? code) => code is not null && s_known.Contains(code.Trim());

    private static string Name(string code)
    {
        var native = s_memberStateLanguages.TryGetValue(code, out var own) ? own : CultureInfo.GetCultureInfo(code).NativeName;
        return native.Length > 0 ? char.ToUpper(native[0], CultureInfo.CurrentCulture) + native[1..] : code;
    }
}
