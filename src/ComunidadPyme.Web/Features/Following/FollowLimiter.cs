using ComunidadPyme.Web.Infrastructure;

namespace ComunidadPyme.Web.Features.Following;

/// <summary>
/// At most <see cref="PerClient"/> follow requests an hour from one client (more get a 429 page) and
/// <see cref="PerAddress"/> e-mails an hour to one address (more are silently not sent, so the page never tells).
/// </summary>
public sealed class FollowLimiter() : HourlyLimiter(PerClient, PerAddress)
{
    public const int PerClient = 10;
    public const int PerAddress = 3;
}
