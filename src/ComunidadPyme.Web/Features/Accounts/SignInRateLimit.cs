using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Web.Features.Accounts;

/// <summary>
/// Limits the posts that try a password, a code or a reset to <c>Security:SignInAttemptsPerMinute</c> per
/// client address, on top of the per-account lockout; refused posts get a 429 page in the visitor's language.
/// The limit is read when a client's window starts, so a changed setting applies without a restart.
/// </summary>
public sealed class SignInRateLimit(IOptionsMonitor<SecurityOptions> security, ILogger<SignInRateLimit> logger)
    : IConfigureOptions<RateLimiterOptions>
{
    private static readonly string[] s_limitedPaths =
    [
        "/identity/account/login",
        "/identity/account/loginwith2fa",
        "/identity/account/loginwithrecoverycode",
        "/identity/account/forgotpassword",
        "/identity/account/resetpassword",
    ];

    public void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!IsLimited(context.Request))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var limit = security.CurrentValue.SignInAttemptsPerMinute;
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
        options.OnRejected = RenderRejectionAsync;
    }

    public static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (s_limitedPaths.Contains(AccountPagesLanguage.WithoutLanguage(request.Path.Value).TrimEnd('/'), StringComparer.OrdinalIgnoreCase)
            || request.Path.Value?.EndsWith("/account/invitation", StringComparison.OrdinalIgnoreCase) == true);

    private async ValueTask RenderRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        logger.LogWarning("Too many sign-in attempts from {IpAddress} on {Path}", context.Connection.RemoteIpAddress, context.Request.Path);
        context.Response.Headers.RetryAfter = "60";
        var view = new ViewResult { ViewName = "~/Features/Accounts/TooManySignInAttempts.cshtml", StatusCode = StatusCodes.Status429TooManyRequests };
        await view.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
