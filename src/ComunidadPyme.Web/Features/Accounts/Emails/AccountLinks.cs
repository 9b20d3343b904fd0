using System.Text;
using ComunidadPyme.Infrastructure.Email;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Web.Features.Accounts.Emails;

/// <summary>
/// Absolute links sent by email. They start with <c>Email:PublicAddress</c> when set, so a forged Host
/// header cannot turn a reset link into a link to someone else's site.
/// </summary>
public sealed class AccountLinks(IHttpContextAccessor accessor, IOptions<EmailOptions> options)
{
    public string Invitation(string language, string userId, string token) =>
        $"{Origin()}/{language}/account/invitation?user={Uri.EscapeDataString(userId)}&token={Encode(token)}";

    /// <param name="language">The language of the page on which the reset was asked; the link opens in it.</param>
    public string PasswordReset(string language, string token) =>
        $"{Origin()}/{language}/identity/account/resetpassword?code={Encode(token)}";

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token carried by a link, or null when the link was cut or altered.</summary>
    public static string? Decode(string? encoded)
    {
        if (string.IsNullOrWhiteSpace(encoded))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Origin()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicAddress))
        {
            return options.Value.PublicAddress.TrimEnd('/');
        }

        var request = accessor.HttpContext?.Request
                      ?? throw new InvalidOperationException("Email:PublicAddress must be set to build links outside a request.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
