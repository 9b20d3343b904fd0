using ComunidadPyme.Web.Localization;

namespace ComunidadPyme.Web.Infrastructure;

/// <summary>Sends a visitor who opens "/" to the home page in their language.</summary>
public static class LanguageRedirect
{
    public static IResult ToPreferredLanguage(HttpContext context, LinkGenerator links)
    {
        context.Response.Headers.Vary = "Accept-Language, Cookie";
        return Results.Redirect(links.HomePage(context, LanguageNegotiator.Choose(context.Request)));
    }
}
