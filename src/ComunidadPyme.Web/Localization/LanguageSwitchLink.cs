namespace ComunidadPyme.Web.Localization;

/// <summary>
/// Where the language switcher leads: the same address under another prefix or, for the sign-in and
/// account pages (which have no prefix), through /{lang}/language back to the same page.
/// </summary>
public static class LanguageSwitchLink
{
    public static string For(HttpRequest request, string language)
    {
        var path = request.Path.Value;
        return path?.StartsWith("/identity/", StringComparison.OrdinalIgnoreCase) == true
            ? $"/{language}/language?returnUrl={Uri.EscapeDataString(path + request.QueryString.Value)}"
            : LanguagePrefix.Switch(path, request.QueryString.Value, language);
    }
}
