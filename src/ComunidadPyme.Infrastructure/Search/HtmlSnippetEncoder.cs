using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Search.Highlight;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>Encodes every piece of a snippet for HTML, so only the highlighter's own &lt;mark&gt; tags are markup.</summary>
internal sealed class HtmlSnippetEncoder : IEncoder
{
    // Letters of every script stay readable in the page source; markup characters are always encoded.
    public static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public string EncodeText(string originalText) => Html.Encode(originalText);
}
