using System.Security.Claims;
using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Web.Infrastructure;

/// <summary>The signed-in person of the current request, or "system" outside a request.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => accessor.HttpContext?.User.Identity?.Name ?? "system";

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
