using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.UnitTests.Web.Features.CountryProfile;

public sealed class Iso2CodeTests
{
    [Theory]
    [InlineData("br", "BR")]
    [InlineData("Br", "BR")]
    [InlineData("NI", "NI")]
    public void UpperCasesTwoLetters(string text, string expected)
    {
        Assert.True(Iso2Code.TryNormalize(text, out var iso2));
        Assert.Equal(expected, iso2);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("b")]
    [InlineData("bra")]
    [InlineData("12")]
    [InlineData("b'")]
    [InlineData("ñu")]
    [InlineData("<s")]
    public void RefusesAnythingElse(string? text)
    {
        Assert.False(Iso2Code.TryNormalize(text, out _));
    }
}
