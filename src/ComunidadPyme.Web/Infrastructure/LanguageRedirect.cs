using ComunidadPyme.Web.Localization;

namespace ComunidadPyme.Web.Infrastructure;

/// <summary>Sends a visitor who opens "/" to the home page in their language.</summary>
public static class LanguageRedirect
{
    public static IResult ToPreferredLanguage(HttpContext context)
    {
        context.Response.Headers.Vary = "Accept-Language, Cookie";
        return Results.Redirect($"/{LanguageNegotiator.Choose(context.Request)}/");
    }
}
