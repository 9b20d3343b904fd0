using ComunidadPyme.Web.Infrastructure;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Accounts;

/// <summary>Where to go after signing in or out: the page asked for when it is on this site, else the home page.</summary>
public static class ReturnUrls
{
    public static string Safe(IUrlHelper url, string? returnUrl) =>
        url.IsLocalUrl(returnUrl) ? returnUrl! : url.HomePage(SupportedCultures.Current);
}
