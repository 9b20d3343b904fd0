using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Infrastructure;

/// <summary>
/// The address of a language's home page. Routing writes "/en"; the portal has always published "/en/"
/// (links, redirects, bookmarks), so the slash routing leaves out is kept here, in one place.
/// </summary>
public static class HomePageLinks
{
    public static string HomePage(this IUrlHelper url, string language) =>
        url.Action("Index", "Home", new { lang = language }) + "/";

    public static string HomePage(this LinkGenerator links, HttpContext context, string language) =>
        links.GetPathByAction(context, "Index", "Home", new { lang = language }) + "/";
}
