using Microsoft.AspNetCore.Http.Features;

namespace ComunidadPyme.Web.Infrastructure;

/// <summary>
/// Answers HEAD wherever GET is answered, as uptime monitors and link checkers expect: the request is routed
/// and handled as a GET, so controllers, minimal API endpoints and files all get the same status and headers,
/// and the body they write is dropped. The method is HEAD again before the response starts, so the server
/// sends no body (nor checks its length against Content-Length) and the request log says HEAD.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next();
                return;
            }

            var body = context.Features.Get<IHttpResponseBodyFeature>()!;
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            context.Request.Method = HttpMethods.Get;
            try
            {
                await next();
            }
            finally
            {
                context.Request.Method = HttpMethods.Head;
                context.Features.Set(body);
            }
        });
}
