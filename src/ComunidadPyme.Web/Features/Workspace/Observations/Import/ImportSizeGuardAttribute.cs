using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Turns away an upload over the limit before anything reads it, back to the import page with the reason,
/// rather than a bare 413 or a failed anti-forgery check. Runs after [RequestSizeLimit] (order 900) and
/// before the anti-forgery filter reads the form (order 1000).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ImportSizeGuardAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const string TooLargeFlag = "tooLarge";

    public int Order => 950;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength > ImportLimits.MaxRequestBytes)
        {
            context.Result = new RedirectToActionResult(
                nameof(ObservationImportController.Index), null, new RouteValueDictionary(context.RouteData.Values) { [TooLargeFlag] = "true" });
        }
    }
}
