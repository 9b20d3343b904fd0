using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.UnitTests.Core.Indicators;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2023", 2023, Periodicity.Annual, 0)]
    [InlineData("2023-Q2", 2023, Periodicity.Quarterly, 2)]
    [InlineData("2023-q4", 2023, Periodicity.Quarterly, 4)]
    [InlineData("2023-05", 2023, Periodicity.Monthly, 5)]
    [InlineData("2023-12", 2023, Periodicity.Monthly, 12)]
    [InlineData("1950", 1950, Periodicity.Annual, 0)]
    [InlineData("2100-01", 2100, Periodicity.Monthly, 1)]
    [InlineData("  2023-Q1 ", 2023, Periodicity.Quarterly, 1)]
    public void ParsesYearsQuartersAndMonths(string text, int year, Periodicity periodicity, int part)
    {
        Assert.True(ReportingPeriod.TryParse(text, out var period));

        Assert.Equal(new ReportingPeriod(year, periodicity, part), period);
    }

    [Theory]
    [InlineData("2023-Q5")]
    [InlineData("2023-Q0")]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023-5")]
    [InlineData("2023-05-01")]
    [InlineData("2023Q2")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("1800")]
    [InlineData("1949")]
    [InlineData("2101")]
    [InlineData("+202")]
    public void RejectsTextThatIsNotAPeriodWithinRange(string? text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out var period));

        Assert.Null(period);
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("2023-Q2")]
    [InlineData("2023-05")]
    public void WritesBackTheTextItParsed(string text)
    {
        Assert.True(ReportingPeriod.TryParse(text, out var period));

        Assert.Equal(text, period.Value.ToString());
    }

    [Fact]
    public void WritesQuartersWithAnUpperCaseQ()
    {
        Assert.True(ReportingPeriod.TryParse("2023-q3", out var period));

        Assert.Equal("2023-Q3", period.Value.ToString());
    }
}
