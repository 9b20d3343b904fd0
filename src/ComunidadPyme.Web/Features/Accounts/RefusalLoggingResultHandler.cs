using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ComunidadPyme.Web.Features.Accounts;

/// <summary>Logs every refused authorization (who, where, which requirement) before the usual challenge or 403.</summary>
public sealed class RefusalLoggingResultHandler(ILogger<RefusalLoggingResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden || authorizeResult.Challenged)
        {
            var requirements = authorizeResult.AuthorizationFailure?.FailedRequirements.Select(r => r.GetType().Name) ?? [];
            logger.LogWarning("Authorization refused ({Refusal}) for {UserName} on {Method} {Path}: {Requirements}",
                authorizeResult.Forbidden ? "forbidden" : "not signed in",
                context.User.Identity?.Name ?? "anonymous", context.Request.Method, context.Request.Path,
                string.Join(", ", requirements));
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
