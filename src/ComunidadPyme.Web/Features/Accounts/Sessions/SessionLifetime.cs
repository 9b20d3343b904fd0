using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace ComunidadPyme.Web.Features.Accounts.Sessions;

/// <summary>
/// How long a session lasts: 30 minutes without activity, and never more than 12 hours after signing in,
/// however active (OWASP ASVS 5.0, V7.3). The sign-in time travels in the cookie's properties, which
/// survive the renewals of a sliding session.
/// </summary>
public static class SessionLifetime
{
    public const string SignedInAtKey = "portal.signed-in-at";

    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteLimit = TimeSpan.FromHours(12);

    /// <summary>Records the sign-in time, unless the session already has one (a refresh keeps the original).</summary>
    public static void StampSignIn(AuthenticationProperties properties, DateTimeOffset now)
    {
        if (SignedInAt(properties) is null)
        {
            properties.Items[SignedInAtKey] = now.ToString("O", CultureInfo.InvariantCulture);
        }
    }

    public static DateTimeOffset? SignedInAt(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAtKey, out var value)
        && DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : null;

    /// <summary>A session without a sign-in time, or older than the limit, is over.</summary>
    public static bool HasExpired(AuthenticationProperties properties, DateTimeOffset now) =>
        SignedInAt(properties) is not { } signedInAt || now - signedInAt >= AbsoluteLimit;
}
