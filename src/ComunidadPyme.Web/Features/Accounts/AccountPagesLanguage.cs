using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace ComunidadPyme.Web.Features.Accounts;

/// <summary>
/// Sign-in and account pages speak the language of their address, as every other page does: each Identity page
/// has a second route under the language prefix, and a visit to the address without one ("/Identity/Account/Login",
/// where the sign-in cookie sends visitors) is redirected to the prefixed address in the language of the page the
/// visitor comes from (its return address, else the referring page), else their cookie or browser. A redirect
/// from a prefixed account page to another account page keeps the prefix.
/// </summary>
public sealed class AccountPagesLanguage(RequestDelegate next)
{
    private const string AreaPrefix = "/Identity/";

    public static void AddPrefixedRoutes(PageRouteModel model)
    {
        foreach (var selector in model.Selectors.Where(s => s.AttributeRouteModel?.Template is not null).ToList())
        {
            model.Selectors.Add(new SelectorModel
            {
                AttributeRouteModel = new AttributeRouteModel
                {
                    Template = AttributeRouteModel.CombineTemplates("{lang:lang}", selector.AttributeRouteModel!.Template),
                    Order = -1,
                },
            });
        }
    }

    /// <summary>The path without its language prefix, to compare account paths whichever language they are in.</summary>
    public static string WithoutLanguage(string? path) =>
        LanguagePrefix.Of(path) is null ? path ?? string.Empty : path![3..];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (LanguagePrefix.Of(request.Path.Value) is { } current)
        {
            if (!WithoutLanguage(request.Path.Value).StartsWith(AreaPrefix, StringComparison.OrdinalIgnoreCase))
            {
                // Only account pages redirect by page name; every other page passes untouched.
                return next(context);
            }

            // Account pages redirect to one another by page name ("./LoginWith2fa"), which gives an address
            // without a language: give it the language of the page the visitor is on.
            context.Response.OnStarting(() =>
            {
                var location = context.Response.Headers.Location.ToString();
                if (location.StartsWith(AreaPrefix, StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Headers.Location = $"/{current}{location}";
                }

                return Task.CompletedTask;
            });
            return next(context);
        }

        // Only pages that exist: a withdrawn page stays a plain 404.
        if (!HttpMethods.IsGet(request.Method) || request.Path.Value is not { } path
            || !path.StartsWith(AreaPrefix, StringComparison.OrdinalIgnoreCase) || context.GetEndpoint() is null)
        {
            return next(context);
        }

        var language = LanguagePrefix.Of(request.Query["ReturnUrl"].FirstOrDefault() ?? request.Query["returnUrl"].FirstOrDefault())
                       ?? LanguagePrefix.Of(RefererPath(request))
                       ?? LanguageNegotiator.Choose(request);
        context.Response.Redirect($"{request.PathBase}/{language}{path}{request.QueryString}");
        return Task.CompletedTask;
    }

    private static string? RefererPath(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && string.Equals(referer.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
            ? referer.AbsolutePath
            : null;
}
