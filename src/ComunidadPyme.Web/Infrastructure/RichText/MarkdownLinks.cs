using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ComunidadPyme.Web.Infrastructure.RichText;

/// <summary>Checks the links written in Markdown, so a "javascript:" link is refused with a message rather than kept.</summary>
public static class MarkdownLinks
{
    public static bool AllAreWebAddresses(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return true;
        }

        return Markdown.Parse(markdown)
            .Descendants<LinkInline>()
            .All(link => link.Url is null || IsWebAddress(link.Url));
    }

    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
