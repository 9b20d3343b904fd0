using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Localization;

/// <summary>Matches the language prefix of every public address: en, es, pt or fr.</summary>
public sealed class LanguageRouteConstraint : IRouteConstraint
{
    public const string Name = "lang";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey,
        RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string lang
        && Languages.All.Contains(lang, StringComparer.Ordinal);
}
