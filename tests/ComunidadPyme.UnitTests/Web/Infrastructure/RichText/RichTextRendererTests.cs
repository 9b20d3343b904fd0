using ComunidadPyme.Web.Infrastructure.RichText;

namespace ComunidadPyme.UnitTests.Web.Infrastructure.RichText;

public sealed class RichTextRendererTests
{
    [Fact]
    public void RendersTheSafeSubsetOfMarkdown()
    {
        var html = RichTextRenderer.ToSafeHtml("**Bold** and *italic*\n\n1. one\n2. two\n\n[Site](https://example.org)");

        Assert.Contains("<strong>Bold</strong>", html);
        Assert.Contains("<em>italic</em>", html);
        Assert.Contains("<ol>", html);
        Assert.Contains("<a href=\"https://example.org\" rel=\"noopener noreferrer\">Site</a>", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:")]
    [InlineData("![picture](https://example.org/p.png)", "<img")]
    [InlineData("# Heading", "<h1")]
    [InlineData("<javascript:alert(1)>", "href=\"javascript")]
    public void NeverRendersActiveOrUnexpectedMarkup(string markdown, string forbidden)
    {
        Assert.DoesNotContain(forbidden, RichTextRenderer.ToSafeHtml(markdown), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RawHtmlInMarkdownIsShownAsText()
    {
        Assert.Contains("&lt;b&gt;", RichTextRenderer.ToSafeHtml("<b>not bold</b>"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void RendersNothingForNoText(string? markdown)
    {
        Assert.Equal(string.Empty, RichTextRenderer.ToSafeHtml(markdown));
    }
}
