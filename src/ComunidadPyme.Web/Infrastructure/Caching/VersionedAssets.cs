namespace ComunidadPyme.Web.Infrastructure.Caching;

/// <summary>
/// Outside Development, a static file asked for with its content's version (<c>site.css?v=…</c>, as every page
/// links them) is cached by browsers and proxies for a year without revalidation: a new version has a new address.
/// The same file without a version keeps the framework's revalidating headers.
/// </summary>
public static class VersionedAssets
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    private static readonly string[] s_extensions = [".css", ".js", ".ico", ".png", ".svg", ".woff2", ".woff", ".map"];

    public static IApplicationBuilder UseImmutableVersionedAssets(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (IsVersionedAsset(context.Request))
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status200OK)
                    {
                        context.Response.Headers.CacheControl = CacheControl;
                    }

                    return Task.CompletedTask;
                });
            }

            return next(context);
        });

    private static bool IsVersionedAsset(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Query.ContainsKey("v")
        && s_extensions.Contains(Path.GetExtension(request.Path.Value ?? string.Empty), StringComparer.OrdinalIgnoreCase);
}
