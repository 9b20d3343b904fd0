using ComunidadPyme.Web.Features.Api.Common;

namespace ComunidadPyme.UnitTests.Web.Features.Api.Common;

public sealed class CodeListTests
{
    [Fact]
    public void ReadsCodesInUpperCaseWithoutBlanksOrRepeats()
    {
        Assert.Equal(["BR", "MX"], CodeList.Parse(" br, MX,,BR ,"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ")]
    public void ReadsNothingFromAnEmptyParameter(string? text)
    {
        Assert.Empty(CodeList.Parse(text));
    }
}
