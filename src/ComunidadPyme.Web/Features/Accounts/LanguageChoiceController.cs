using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Accounts;

/// <summary>
/// The language switcher of pages without a language prefix (sign-in and account pages): remembers the
/// language in the culture cookie and goes back to the same page. Only local addresses are followed.
/// </summary>
[AllowAnonymous]
[Route("{lang:lang}/language")]
public sealed class LanguageChoiceController : Controller
{
    [HttpGet("")]
    public IActionResult Choose(string lang, string? returnUrl)
    {
        LanguageNegotiator.Remember(Response, lang);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : LocalRedirect(Url.HomePage(lang));
    }
}
