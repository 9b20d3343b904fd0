namespace ComunidadPyme.Web.Infrastructure;

/// <summary>
/// Response headers that keep pages from being framed, sniffed or made to run scripts from elsewhere. The
/// portal serves every asset itself, so the policy allows only this origin. Embeds (/embed/...) are the one
/// exception to framing: any site may frame them.
/// </summary>
public static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The API browser page configures itself with an inline script.
    private const string ApiDocsPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    // Embeds are the only pages another site may frame; they run no script and post no form.
    private const string EmbedPolicy =
        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors *";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (context.Request.Path.StartsWithSegments("/embed"))
            {
                headers.ContentSecurityPolicy = EmbedPolicy;
                await next();
                return;
            }

            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs")
                ? ApiDocsPolicy
                : ContentSecurityPolicy;
            await next();
        });
}
