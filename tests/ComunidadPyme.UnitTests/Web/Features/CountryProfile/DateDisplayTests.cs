using System.Globalization;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.UnitTests.Web.Features.CountryProfile;

public sealed class DateDisplayTests
{
    private static string In(string culture, DateOnly date, DatePrecision precision = DatePrecision.Day)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return DateDisplay.Format(date, precision);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("en", "November 19, 2021")]
    [InlineData("es", "19 de noviembre de 2021")]
    [InlineData("pt", "19 de novembro de 2021")]
    [InlineData("fr", "19 novembre 2021")]
    public void WritesTheFullDateWithoutTheWeekday(string culture, string expected)
    {
        Assert.Equal(expected, In(culture, new DateOnly(2021, 11, 19)));
    }

    [Fact]
    public void WritesOnlyTheYearOfADateKnownToTheYear()
    {
        Assert.Equal("1990", In("fr", new DateOnly(1990, 1, 1), DatePrecision.Year));
    }
}
