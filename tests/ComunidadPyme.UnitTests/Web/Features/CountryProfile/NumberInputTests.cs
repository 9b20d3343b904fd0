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
    [InlineData("pt", "R$ 4.000.000,00", 4_000_000)]
    [InlineData("en", "R$ 4.000.000,00", 4_000_000)]
    [InlineData("pt", "4.000.000,00", 4_000_000)]
    [InlineData("es", "4 000 000", 4_000_000)]
    [InlineData("es", "4,000,000.00", 4_000_000)]
    [InlineData("fr", "4,000,000.00", 4_000_000)]
    [InlineData("fr", "4.000.000", 4_000_000)]
    [InlineData("fr", "4 000 000 €", 4_000_000)]
    [InlineData("es", "$ 4.000", 4_000)]
    [InlineData("en", "MXN 4,000", 4_000)]
    [InlineData("en", "US$ 1,500.5", 1_500.5)]
    [InlineData("es", "S/ 1.500,50", 1_500.5)]
    [InlineData("es", "2.400 UF", 2_400)]
    [InlineData("en", "4000 BRL", 4_000)]
    [InlineData("pt", "4.000,5", 4_000.5)]
    [InlineData("en", "0.125", 0.125)]
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
    [InlineData("en", "4.00.000")]
    [InlineData("en", "1,000.000.5")]
    [InlineData("es", "4,0000,000")]
    [InlineData("en", "12 500 000,5,1")]
    [InlineData("en", "R$")]
    [InlineData("en", "1234567890123456789012345678901")]
    public void RefusesWhatIsNotAnAmount(string culture, string text)
    {
        Assert.False(NumberInput.TryParseAmount(text, CultureInfo.GetCultureInfo(culture), out _));
    }

    [Theory]
    [InlineData("es", "4,000", "4 or 4000")]
    [InlineData("pt", "4,000", "4 or 4000")]
    [InlineData("fr", "4,000", "4 or 4000")]
    [InlineData("fr", "4.000", "4 or 4000")]
    [InlineData("en", "4.000", "4 or 4000")]
    [InlineData("en", "R$ 4.000", "4 or 4000")]
    public void AsksWhenASingleMarkBeforeThreeDigitsReadsTwoWays(string culture, string text, string because)
    {
        var reading = NumberInput.ReadAmount(text, CultureInfo.GetCultureInfo(culture));

        Assert.True(reading.Problem == NumberProblem.Ambiguous, $"{text} in {culture} could be {because}");
    }

    [Theory]
    [InlineData("es", "4.000", 4_000)]
    [InlineData("pt", "4.000", 4_000)]
    [InlineData("en", "4,000", 4_000)]
    [InlineData("fr", "4 000", 4_000)]
    public void ReadsASingleGroupMarkOfThePagesLanguage(string culture, string text, double expected)
    {
        var reading = NumberInput.ReadAmount(text, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(NumberProblem.None, reading.Problem);
        Assert.Equal((decimal)expected, reading.Value);
    }

    [Theory]
    [InlineData("en", "25", 25)]
    [InlineData("en", " 1,250 ", 1250)]
    [InlineData("es", "1.250", 1250)]
    [InlineData("fr", "1 250", 1250)]
    [InlineData("en", "-5", -5)]
    [InlineData("es", "1,250", 1250)]
    [InlineData("en", "1.250", 1250)]
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
