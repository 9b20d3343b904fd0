using System.Threading.RateLimiting;

namespace ComunidadPyme.Web.Infrastructure;

/// <summary>
/// Limits what one client address, and what one e-mail address, may ask for in an hour, in memory: enough against a
/// script flooding a form, and nothing stored (the limits restart with the portal).
/// </summary>
public abstract class HourlyLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    protected HourlyLimiter(int perClient, int perAddress) =>
        _limiter = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = key.StartsWith("client:", StringComparison.Ordinal) ? perClient : perAddress,
                Window = TimeSpan.FromHours(1),
                QueueLimit = 0,
            }));

    public bool TryAcquireClient(HttpContext context) => TryAcquire("client:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"));

    public bool TryAcquireAddress(string address) => TryAcquire("address:" + address.ToLowerInvariant());

    private bool TryAcquire(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _limiter.Dispose();
        GC.SuppressFinalize(this);
    }
}
