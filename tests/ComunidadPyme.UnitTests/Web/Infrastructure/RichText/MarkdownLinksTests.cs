using ComunidadPyme.Web.Infrastructure.RichText;

namespace ComunidadPyme.UnitTests.Web.Infrastructure.RichText;

public sealed class MarkdownLinksTests
{
    [Theory]
    [InlineData("No links at all", true)]
    [InlineData("[site](https://example.org) and [other](http://example.org/a?b=c)", true)]
    [InlineData("[x](javascript:alert(1))", false)]
    [InlineData("[x](JavaScript:alert(1))", false)]
    [InlineData("[x](/relative/path)", false)]
    [InlineData("[x](mailto:someone@example.org)", false)]
    public void AcceptsOnlyAbsoluteWebAddresses(string markdown, bool expected)
    {
        Assert.Equal(expected, MarkdownLinks.AllAreWebAddresses(markdown));
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("http://example.org/path", true)]
    [InlineData("  https://example.org  ", true)]
    [InlineData("www.example.org", false)]
    [InlineData("ftp://example.org", false)]
    [InlineData("https://", false)]
    [InlineData("file:///etc/passwd", false)]
    public void RecognisesWebAddresses(string url, bool expected)
    {
        Assert.Equal(expected, MarkdownLinks.IsWebAddress(url));
    }
}
