using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Localization;

/// <summary>
/// Where the language switcher leads: the same address under another prefix or, for the sign-in and
/// account pages (which have no prefix), through /{lang}/language back to the same page.
/// </summary>
public static class LanguageSwitchLink
{
    public static string For(IUrlHelper url, string language)
    {
        var request = url.ActionContext.HttpContext.Request;
        return request.Path.StartsWithSegments("/identity", StringComparison.OrdinalIgnoreCase)
            ? url.Action("Choose", "LanguageChoice", new { area = "", lang = language, returnUrl = CurrentAddress(request) })!
            : SameAddressIn(request, language);
    }

    /// <summary>The page being shown, in <paramref name="language"/>, under the portal's path base.</summary>
    public static string SameAddressIn(HttpRequest request, string language) =>
        request.PathBase.Value + LanguagePrefix.Switch(request.Path.Value, request.QueryString.Value, language);

    /// <summary>
    /// <see cref="SameAddressIn"/> as an absolute address, as search engines want for <c>hreflang</c> alternates
    /// and canonical links.
    /// </summary>
    public static string AbsoluteIn(HttpRequest request, string language) =>
        $"{request.Scheme}://{request.Host}{SameAddressIn(request, language)}";

    private static string CurrentAddress(HttpRequest request) =>
        request.PathBase.Value + request.Path.Value + request.QueryString.Value;
}
