using Microsoft.AspNetCore.Localization;

namespace ComunidadPyme.Web.Localization;

/// <summary>Takes the culture from the address's language prefix (/es/..., /fr/...).</summary>
public sealed class RouteLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var lang = LanguagePrefix.Of(httpContext.Request.Path.Value);
        return Task.FromResult(lang is null ? null : new ProviderCultureResult(lang));
    }
}
