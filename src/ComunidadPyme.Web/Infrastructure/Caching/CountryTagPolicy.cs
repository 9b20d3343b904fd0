using Microsoft.AspNetCore.OutputCaching;

namespace ComunidadPyme.Web.Infrastructure.Caching;

/// <summary>Tags a cached country page with the country in its address ({iso2}).</summary>
public sealed class CountryTagPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Request.RouteValues.TryGetValue("iso2", out var iso2) && iso2 is string code)
        {
            context.Tags.Add(PublicCache.CountryTag(code));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
