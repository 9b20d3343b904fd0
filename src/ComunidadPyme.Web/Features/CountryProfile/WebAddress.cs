namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// Addresses written by countries become links only when they are http or https, so that a "javascript:"
/// or "data:" value can never run in a visitor's browser, whatever the form that stored it allowed.
/// </summary>
public static class WebAddress
{
    public static bool IsSafe(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
