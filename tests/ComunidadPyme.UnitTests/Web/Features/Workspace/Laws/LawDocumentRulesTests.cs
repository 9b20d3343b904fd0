using ComunidadPyme.Web.Features.Workspace.Laws;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Laws;

public sealed class LawDocumentRulesTests
{
    [Theory]
    [InlineData("lei.pdf", "lei.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("C:\\Users\\me\\Decreto 957.PDF", "Decreto 957.PDF")]
    [InlineData("quote\"d\r\nname.pdf", "quotedname.pdf")]
    [InlineData("", "document.pdf")]
    [InlineData(".hidden", "document.hidden.pdf")]
    public void OffersASafeDownloadName(string uploaded, string expected)
    {
        Assert.Equal(expected, LawDocumentRules.SafeFileName(uploaded));
    }

    [Fact]
    public void ShortensVeryLongNamesKeepingTheExtension()
    {
        var name = LawDocumentRules.SafeFileName(new string('a', 500) + ".pdf");

        Assert.Equal(120, name.Length);
        Assert.EndsWith(".pdf", name);
    }
}
