using ComunidadPyme.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Web.Features.Following;

/// <summary>
/// Absolute links in following e-mails, from routing, starting with <c>Email:PublicAddress</c> when set (so a forged
/// Host header cannot redirect them), else the request's address, else the development address (digests are sent
/// outside any request).
/// </summary>
public sealed class FollowLinks(LinkGenerator links, IHttpContextAccessor accessor, IOptions<EmailOptions> options)
{
    public const string DefaultPublicAddress = "http://localhost:5080";

    public string Confirm(string language, string token) => To("Confirm", "Following", new { lang = language, token });

    public string Manage(string language, string token) => To("Manage", "Following", new { lang = language, token });

    public string Unsubscribe(string language, string token) => To("Unsubscribe", "Following", new { lang = language, token });

    public string To(string action, string controller, object values, string? fragment = null)
    {
        var origin = Origin();
        return links.GetUriByAction(action, controller, values, origin.Scheme, new HostString(origin.Authority),
                   new PathString(origin.AbsolutePath.TrimEnd('/')), fragment is null ? default : new FragmentString("#" + fragment))
               ?? throw new InvalidOperationException($"No route to {controller}.{action}.");
    }

    private Uri Origin()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicAddress))
        {
            return new Uri(options.Value.PublicAddress);
        }

        return accessor.HttpContext?.Request is { } request
            ? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}")
            : new Uri(DefaultPublicAddress);
    }
}
