using System.Globalization;
using ComunidadPyme.Web.Features.Workspace.Observations;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Observations;

public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("12.5", "en", 12.5)]
    [InlineData("12.5", "es", 12.5)]
    [InlineData("12,5", "es", 12.5)]
    [InlineData("12,5", "pt", 12.5)]
    [InlineData("1\u202F234,5", "fr", 1234.5)]
    [InlineData(" -0.25 ", "en", -0.25)]
    [InlineData("1e6", "en", 1_000_000)]
    public void ReadsAPointOrTheLanguagesDecimalSeparator(string text, string language, double expected)
    {
        Assert.True(DecimalText.TryParse(text, CultureInfo.GetCultureInfo(language), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("12,5", "en")]
    [InlineData("1,234.5", "en")]
    [InlineData("1.234,5", "es")]
    [InlineData("NaN", "en")]
    [InlineData("Infinity", "en")]
    [InlineData("1e999", "en")]
    [InlineData("0x1F", "en")]
    [InlineData("twelve", "en")]
    [InlineData("", "en")]
    [InlineData("11111111111111111111111111111111111111111111111111111111111111111111", "en")]
    public void RefusesWhatIsNotPlainlyOneFiniteNumber(string text, string language)
    {
        Assert.False(DecimalText.TryParse(text, CultureInfo.GetCultureInfo(language), out _));
    }

    [Fact]
    public void WritesInputsInTheLanguageWithEveryDigit()
    {
        Assert.Equal("1234,125", DecimalText.ForInput(1234.125, CultureInfo.GetCultureInfo("es")));
        Assert.Equal("1,234.125", DecimalText.ForDisplay(1234.125, CultureInfo.GetCultureInfo("en")));
    }
}
