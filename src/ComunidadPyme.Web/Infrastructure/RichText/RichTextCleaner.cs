using AngleSharp.Dom;
using ComunidadPyme.Core.Common;
using AngleSharp.Html.Parser;

namespace ComunidadPyme.Web.Infrastructure.RichText;

/// <summary>
/// Summaries, descriptions and narratives are stored as Markdown (docs/decisions/007). HTML pasted into
/// them is removed on save, with the content of scripts and styles, so the stored text holds no markup
/// at all and stays safe even on a page that forgets to render it through <see cref="RichTextRenderer"/>.
/// </summary>
public static class RichTextCleaner
{
    private static readonly HashSet<string> s_droppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "title", "noembed", "noframes", "xmp",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table",
    };

    // Markup that decodes into more markup ("&lt;script&gt;") is stripped again; a few rounds always suffice,
    // and plain text (no '<' or '&') comes out of the first round unchanged.
    private const int MaxRounds = 4;

    public static string? Clean(string? text)
    {
        text = TextCleaning.RemoveUnsafeCharacters(text);
        if (text is null)
        {
            return null;
        }

        for (var round = 0; round < MaxRounds && LooksLikeMarkup(text); round++)
        {
            var stripped = StripOnce(text);
            if (stripped == text)
            {
                break;
            }

            text = stripped;
        }

        // Character references can decode into control characters ("&#1;"), so the cleaned text is checked again.
        return TextCleaning.RemoveUnsafeCharacters(text)!.Trim();
    }

    // Character references count too: "&lt;script&gt;" is markup waiting to be decoded by a careless page.
    private static bool LooksLikeMarkup(string text) =>
        text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal);

    private static string StripOnce(string text)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(string.Empty);
        var nodes = parser.ParseFragment(text, document.Body!);
        var container = document.CreateElement("div");
        foreach (var node in nodes.ToList())
        {
            container.AppendChild(node);
        }

        foreach (var element in container.QuerySelectorAll("*").ToList())
        {
            if (s_droppedWithContent.Contains(element.LocalName))
            {
                element.Remove();
            }
            else if (element.LocalName == "br")
            {
                element.Replace(document.CreateTextNode("\n"));
            }
            else if (s_blocks.Contains(element.LocalName))
            {
                element.After(document.CreateTextNode("\n\n"));
            }
        }

        return container.TextContent;
    }
}
