using System.Globalization;
using ComunidadPyme.Web.Localization;

namespace ComunidadPyme.UnitTests.Web.Localization;

/// <summary>Dates that cannot be misread: the month by name, in the page's language, never "5/12/2026".</summary>
public sealed class DatesTests
{
    [Theory]
    [InlineData("en", "5 Dec 2026", "5 Dec 2026 14:05")]
    [InlineData("es", "5 dic 2026", "5 dic 2026 14:05")]
    [InlineData("pt", "5 dez. 2026", "5 dez. 2026 14:05")]
    [InlineData("fr", "5 déc. 2026", "5 déc. 2026 14:05")]
    public void NamesTheMonthInThePagesLanguage(string language, string date, string moment)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
        try
        {
            Assert.Equal(date, Dates.Short(new DateOnly(2026, 12, 5)));
            Assert.Equal(moment, Dates.WithTime(new DateTime(2026, 12, 5, 14, 5, 0, DateTimeKind.Utc)));
            Assert.Null(Dates.Short((DateOnly?)null));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
