using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Mvc.Abstractions;

namespace ComunidadPyme.Web.Features.Accounts.TwoFactor;

/// <summary>
/// Sends staff who must use two-factor but have not set it up to the authenticator set-up page, from any
/// page of the portal, until they have done so. Sign-out and the set-up pages themselves stay open.
/// </summary>
public sealed class StaffTwoFactorMiddleware(RequestDelegate next)
{
    public const string SetUpPath = "/identity/account/manage/enableauthenticator";

    private static readonly string[] s_openPaths =
    [
        SetUpPath,
        "/identity/account/manage/showrecoverycodes",
        "/identity/account/logout",
        "/identity/account/accessdenied",
        "/error/",
    ];

    public async Task InvokeAsync(HttpContext context, StaffTwoFactorRule rule, ILogger<StaffTwoFactorMiddleware> logger)
    {
        // Only pages and controllers are held back; static files and health probes are not.
        var isPage = context.GetEndpoint()?.Metadata.GetMetadata<ActionDescriptor>() is not null;
        var path = context.Request.Path.Value ?? string.Empty;
        if (isPage && !IsOpen(AccountPagesLanguage.WithoutLanguage(path)) && rule.MustSetUpTwoFactor(context.User))
        {
            logger.LogInformation("{UserName} must set up two-factor before opening {Path}", context.User.Identity?.Name, path);
            context.Response.Redirect($"{context.Request.PathBase}/{SupportedCultures.Current}{SetUpPath}");
            return;
        }

        await next(context);
    }

    private static bool IsOpen(string path) =>
        s_openPaths.Any(open => path.StartsWith(open, StringComparison.OrdinalIgnoreCase))
        || path.EndsWith("/language", StringComparison.OrdinalIgnoreCase);
}
