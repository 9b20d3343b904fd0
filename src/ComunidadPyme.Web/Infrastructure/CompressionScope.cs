namespace ComunidadPyme.Web.Infrastructure;

/// <summary>
/// Only anonymous public pages are compressed. Pages that carry an anti-forgery token or personal data
/// (sign-in, account, workspace) are not, so that compression cannot leak them (BREACH).
/// </summary>
public static class CompressionScope
{
    public static bool IsPublic(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true
            || context.Request.Path.StartsWithSegments("/Identity", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var path = context.Request.Path.Value ?? string.Empty;
        return !path.Contains("/account", StringComparison.OrdinalIgnoreCase)
               && !path.Contains("/workspace", StringComparison.OrdinalIgnoreCase)
               && !path.Contains("/admin", StringComparison.OrdinalIgnoreCase);
    }
}
