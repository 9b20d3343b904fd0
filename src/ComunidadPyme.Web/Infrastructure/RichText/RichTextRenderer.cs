using AngleSharp.Html.Dom;
using Ganss.Xss;
using Markdig;

namespace ComunidadPyme.Web.Infrastructure.RichText;

/// <summary>
/// Turns stored Markdown into HTML a page can include: Markdig with raw HTML disabled, then HtmlSanitizer
/// keeping only p, br, strong, em, ul, ol, li and links to http(s) addresses, which open with
/// rel="noopener noreferrer". Two independent layers, so a flaw in one is not enough.
/// </summary>
public static class RichTextRenderer
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly HtmlSanitizerOptions s_options = new()
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "p", "br", "strong", "em", "ul", "ol", "li", "a" },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https" },
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
    };

    public static string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var sanitizer = new HtmlSanitizer(s_options) { KeepChildNodes = true };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer.Sanitize(Markdown.ToHtml(markdown, s_pipeline));
    }
}
