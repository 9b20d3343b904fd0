using System.Globalization;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Errors;

/// <summary>
/// The friendly error pages. They are re-executed without the language prefix, so the language is taken
/// from the address the visitor asked for, then from their preferences.
/// A refused POST is re-executed as a POST, so the page must not ask for the anti-forgery token again
/// (a form that failed it would otherwise get an empty 400).
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    [Route("/error/{statusCode:int}")]
    public IActionResult Show()
    {
        // Read from the route, not bound: binding would also read the refused request's form, which may be
        // the very thing that could not be read (a %00 in a form value).
        var statusCode = int.Parse((string)RouteData.Values["statusCode"]!, CultureInfo.InvariantCulture);
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
                           ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var language = LanguagePrefix.Of(originalPath) ?? LanguageNegotiator.Choose(Request);
        var culture = CultureInfo.GetCultureInfo(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : StatusCodes.Status404NotFound;
        var view = statusCode switch
        {
            StatusCodes.Status404NotFound => "NotFound",
            StatusCodes.Status403Forbidden => "Forbidden",
            _ => "Error",
        };
        return View(view, new ErrorViewModel(Response.StatusCode, language));
    }
}
