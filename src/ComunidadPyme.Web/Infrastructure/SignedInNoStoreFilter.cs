using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace ComunidadPyme.Web.Infrastructure;

/// <summary>
/// Nothing shown to a signed-in person is kept by a browser or a proxy: their pages carry their name, their
/// country's drafts and anti-forgery tokens. One global rule for every controller and page, so no feature
/// (the workspace, the observations grid, administration, account pages) can forget it.
/// </summary>
public sealed class SignedInNoStoreFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            var headers = context.HttpContext.Response.Headers;
            headers[HeaderNames.CacheControl] = "no-store, no-cache";
            headers[HeaderNames.Pragma] = "no-cache";
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
