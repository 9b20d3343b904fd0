using ComunidadPyme.Web.Infrastructure.RichText;

namespace ComunidadPyme.UnitTests.Web.Infrastructure.RichText;

public sealed class RichTextCleanerTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>Safe", "Safe")]
    [InlineData("<img src=x onerror=alert(1)>", "")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "x")]
    [InlineData("<style>body{display:none}</style>Text", "Text")]
    [InlineData("<svg onload=alert(1)><circle/></svg>Shape", "Shape")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;After", "After")]
    [InlineData("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;After", "After")]
    [InlineData("<!-- hidden -->Visible", "Visible")]
    public void RemovesMarkupAndTheContentOfScripts(string input, string expected)
    {
        Assert.Equal(expected, RichTextCleaner.Clean(input));
    }

    [Theory]
    [InlineData("Plain text with **Markdown** and [a link](https://example.org).")]
    [InlineData("Line one\n\n- item\n- item")]
    [InlineData("Costs < 5% of turnover")]
    [InlineData("Research & development")]
    public void LeavesPlainTextAndMarkdownAsWritten(string input)
    {
        Assert.Equal(input, RichTextCleaner.Clean(input));
    }

    [Fact]
    public void KeepsParagraphsOfPastedHtmlApart()
    {
        Assert.Equal("First\n\nSecond", RichTextCleaner.Clean("<p>First</p><p>Second</p>"));
    }

    [Fact]
    public void KeepsNothingOfNull()
    {
        Assert.Null(RichTextCleaner.Clean(null));
    }
}
