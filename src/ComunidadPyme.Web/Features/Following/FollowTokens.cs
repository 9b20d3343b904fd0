using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ComunidadPyme.Web.Features.Following;

/// <summary>
/// The signed tokens of the following e-mails' links, made with ASP.NET Core Data Protection from the subscription's
/// id (and, for confirmation, an expiry): nothing to store, nothing to guess. A tampered or unknown token reads as null.
/// </summary>
public sealed class FollowTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _confirm = provider.CreateProtector("ComunidadPyme.Following.Confirm.v1");
    private readonly IDataProtector _manage = provider.CreateProtector("ComunidadPyme.Following.Manage.v1");

    public string Confirmation(int id, DateTime expiresAtUtc) =>
        _confirm.Protect($"{id.ToString(CultureInfo.InvariantCulture)}:{expiresAtUtc.Ticks.ToString(CultureInfo.InvariantCulture)}");

    public (int Id, DateTime ExpiresAtUtc)? ReadConfirmation(string? token)
    {
        var parts = Unprotect(_confirm, token)?.Split(':');
        return parts is [var id, var ticks] && int.TryParse(id, CultureInfo.InvariantCulture, out var value)
               && long.TryParse(ticks, CultureInfo.InvariantCulture, out var expires)
            ? (value, new DateTime(expires, DateTimeKind.Utc))
            : null;
    }

    public string Manage(int id) => _manage.Protect(id.ToString(CultureInfo.InvariantCulture));

    public int? ReadManage(string? token) =>
        int.TryParse(Unprotect(_manage, token), CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string? Unprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
