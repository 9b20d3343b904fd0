using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace ComunidadPyme.Web.Features.Accounts.TwoFactor;

/// <summary>The authenticator key as people type it, and as the otpauth URI that the QR code carries.</summary>
public static class AuthenticatorKey
{
    public const string Issuer = "Comunidad PYME";

    /// <summary>Groups of four lower-case characters, easier to type than one long string.</summary>
    public static string Format(string key)
    {
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return formatted.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string Uri(string email, string key) =>
        string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            UrlEncoder.Default.Encode(Issuer), UrlEncoder.Default.Encode(email), key);

    /// <summary>Codes are often typed with spaces or a hyphen in the middle.</summary>
    public static string CleanCode(string? code) =>
        (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
