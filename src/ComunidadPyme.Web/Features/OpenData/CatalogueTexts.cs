using System.Globalization;
using System.Text.Json.Nodes;
using ComunidadPyme.Core.Common;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>Texts of the DCAT catalogue in the four languages at once, as JSON-LD language-tagged values.</summary>
public sealed class CatalogueTexts(IStringLocalizer<OpenDataResource> localizer)
{
    public JsonArray Tagged(string resourceKey) =>
        Tagged(language => InCulture(language, () => localizer[resourceKey].Value));

    public static JsonArray Tagged(LocalizedText text) => Tagged(text.In);

    public static JsonArray Tagged(Func<string, string> textIn) =>
        new(Languages.All.Select(language => (JsonNode)new JsonObject
        {
            ["@value"] = textIn(language),
            ["@language"] = language,
        }).ToArray());

    // The localizer reads the UI culture at the moment of the call; it is put back before returning.
    private static string InCulture(string language, Func<string> read)
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }
}
