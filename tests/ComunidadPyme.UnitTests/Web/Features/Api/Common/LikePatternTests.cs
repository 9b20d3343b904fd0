using ComunidadPyme.Web.Features.Api.Common;

namespace ComunidadPyme.UnitTests.Web.Features.Api.Common;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("Simples", "%Simples%")]
    [InlineData("100%", "%100\\%%")]
    [InlineData("a_b", "%a\\_b%")]
    [InlineData("[Sample]", "%\\[Sample]%")]
    [InlineData("C:\\temp", "%C:\\\\temp%")]
    [InlineData("' OR 1=1 --", "%' OR 1=1 --%")]
    public void EscapesTheWildcardsSoTextMatchesLiterally(string text, string pattern)
    {
        Assert.Equal(pattern, LikePattern.Containing(text));
    }
}
