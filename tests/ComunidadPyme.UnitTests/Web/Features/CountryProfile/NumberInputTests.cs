using System.Globalization;
using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.UnitTests.Web.Features.CountryProfile;

public sealed class NumberInputTests
{
    [Theory]
    [InlineData("en", "4,000,000.50", 4_000_000.5)]
    [InlineData("en", "4000000.5", 4_000_000.5)]
    [InlineData("es", "4.000.000,50", 4_000_000.5)]
    [InlineData("es", "4000000,5", 4_000_000.5)]
    [InlineData("es", "4000000.5", 4_000_000.5)]
    [InlineData("pt", "4.000.000", 4_000_000)]
    [InlineData("fr", "4 000 000,5", 4_000_000.5)]
    [InlineData("fr", "4\u202F000\u202F000,5", 4_000_000.5)]
    [InlineData("fr", "4000000.5", 4_000_000.5)]
    [InlineData("en", "-3", -3)]
    public void ReadsAmountsInTheCultureAndWithAPoint(string culture, string text, double expected)
    {
        Assert.True(NumberInput.TryParseAmount(text, CultureInfo.GetCultureInfo(culture), out var amount));
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("en", "abc")]
    [InlineData("en", "1e6")]
    [InlineData("en", "")]
    [InlineData("en", "   ")]
    [InlineData("en", "1.2.3,4")]
    [InlineData("fr", "4.000.000")]
    [InlineData("en", "1234567890123456789012345678901")]
    public void RefusesWhatIsNotAnAmount(string culture, string text)
    {
        Assert.False(NumberInput.TryParseAmount(text, CultureInfo.GetCultureInfo(culture), out _));
    }

    [Theory]
    [InlineData("en", "25", 25)]
    [InlineData("en", " 1,250 ", 1250)]
    [InlineData("es", "1.250", 1250)]
    [InlineData("fr", "1 250", 1250)]
    [InlineData("en", "-5", -5)]
    public void ReadsWholeNumbers(string culture, string text, long expected)
    {
        Assert.True(NumberInput.TryParseWholeNumber(text, CultureInfo.GetCultureInfo(culture), out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("ten")]
    [InlineData("99999999999999999999999")]
    public void RefusesWhatIsNotAWholeNumber(string text)
    {
        Assert.False(NumberInput.TryParseWholeNumber(text, CultureInfo.GetCultureInfo("en"), out _));
    }
}
