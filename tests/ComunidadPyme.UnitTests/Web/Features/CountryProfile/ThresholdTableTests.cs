using System.Globalization;
using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.UnitTests.Web.Features.CountryProfile;

public sealed class ThresholdTableTests
{
    [Theory]
    [InlineData("en", 4_800_000, "4,800,000")]
    [InlineData("en", 4.6, "4.6")]
    [InlineData("es", 2_160_692, "2.160.692")]
    [InlineData("fr", 1_000_000.25, "1 000 000,25")]
    public void WritesAmountsWithTheDecimalsTheLawGives(string culture, double amount, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var written = ThresholdTable.Amount((decimal)amount);

            Assert.Equal(expected, written.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
