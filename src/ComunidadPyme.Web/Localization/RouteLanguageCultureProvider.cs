using Microsoft.AspNetCore.Localization;

namespace ComunidadPyme.Web.Localization;

/// <summary>Takes the culture from the address's language prefix (/es/..., /fr/..., and /embed/es/... for embeds).</summary>
public sealed class RouteLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var path = httpContext.Request.Path;
        var lang = LanguagePrefix.Of(path.StartsWithSegments("/embed", out var rest) ? rest.Value : path.Value);
        return Task.FromResult(lang is null ? null : new ProviderCultureResult(lang));
    }
}
