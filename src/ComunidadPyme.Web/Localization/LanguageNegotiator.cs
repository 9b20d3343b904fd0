using ComunidadPyme.Core.Common;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace ComunidadPyme.Web.Localization;

/// <summary>Chooses a language for a visitor who arrives without one: their cookie, then their browser, then English.</summary>
public static class LanguageNegotiator
{
    public static string Choose(HttpRequest request)
    {
        if (request.Cookies.TryGetValue(CookieRequestCultureProvider.DefaultCookieName, out var cookie)
            && CookieRequestCultureProvider.ParseCookieValue(cookie) is { } parsed)
        {
            var fromCookie = parsed.UICultures.Select(c => c.Value).FirstOrDefault(Languages.IsSupported);
            if (fromCookie is not null)
            {
                return fromCookie.ToLowerInvariant();
            }
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(Languages.IsSupported);
        return accepted ?? SupportedCultures.Default;
    }

    public static void Remember(HttpResponse response, string language) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, HttpOnly = true });
}
