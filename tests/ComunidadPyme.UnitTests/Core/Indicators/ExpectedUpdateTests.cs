using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.UnitTests.Core.Indicators;

public sealed class ExpectedUpdateTests
{
    [Theory]
    [InlineData(Periodicity.Annual, "2024", "2025", "2026-12-31")]
    [InlineData(Periodicity.Quarterly, "2024-Q2", "2024-Q3", "2024-12-31")]
    [InlineData(Periodicity.Quarterly, "2024-Q4", "2025-Q1", "2025-06-30")]
    [InlineData(Periodicity.Quarterly, "2024", "2025-Q1", "2025-06-30")]
    [InlineData(Periodicity.Monthly, "2024-01", "2024-02", "2024-03-31")]
    [InlineData(Periodicity.Monthly, "2024-11", "2024-12", "2025-01-31")]
    [InlineData(Periodicity.Monthly, "2024-12", "2025-01", "2025-02-28")]
    public void ExpectsTheNextPeriodByTheEndOfThePeriodAfterIt(Periodicity periodicity, string latest, string next, string dueBy)
    {
        Assert.True(ReportingPeriod.TryParse(latest, out var period));

        var expected = ExpectedUpdate.After(periodicity, period.Value)!;

        Assert.Equal(next, expected.Period.ToString());
        Assert.Equal(DateOnly.Parse(dueBy, System.Globalization.CultureInfo.InvariantCulture), expected.DueBy);
    }

    [Fact]
    public void IsOverdueOnlyAfterItsDueDate()
    {
        var expected = ExpectedUpdate.After(Periodicity.Annual, ReportingPeriod.OfYear(2023))!;

        Assert.False(expected.IsOverdueOn(new DateOnly(2025, 12, 31)));
        Assert.True(expected.IsOverdueOn(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void ExpectsNothingOfAnIrregularSeriesOrPastTheLastYearAPeriodMayHave()
    {
        Assert.Null(ExpectedUpdate.After(Periodicity.Irregular, ReportingPeriod.OfYear(2020)));
        Assert.Null(ExpectedUpdate.After(Periodicity.Annual, ReportingPeriod.OfYear(ReportingPeriod.MaxYear)));
    }

    [Fact]
    public void FindsTheLatestPeriodWithAnAnnualFigureAfterTheQuartersOfItsYear()
    {
        Assert.Equal("2024", ReportingPeriod.Latest(["2023-Q4", "2024", "2024-Q3", "nonsense", "2022"])?.ToString());
        Assert.Equal("2024-11", ReportingPeriod.Latest(["2024-02", "2024-11", "2024-Q3"])?.ToString());
        Assert.Null(ReportingPeriod.Latest(["nonsense"]));
    }
}
