using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.UnitTests.Web.Features.CountryProfile;

public sealed class KeyStatisticTests
{
    private static IndicatorSeries Series(IndicatorKind kind, params (string Period, double Value)[] points) =>
        new("MSME_COUNT", "Number of MSMEs", "enterprises", IndicatorTheme.EnterpriseDemography, kind, 0,
            points.Select(p => new SeriesPoint(p.Period, int.Parse(p.Period[..4]), p.Value, ObservationStatus.Final, "", false)).ToList());

    [Fact]
    public void ComparesTheLatestValueWithTheYearBefore()
    {
        var key = KeyStatistic.Of(Series(IndicatorKind.Statistic, ("2022", 900), ("2023", 1000), ("2024", 1100)))!;

        Assert.Equal("2024", key.Latest.Period);
        Assert.Equal("2023", key.YearBefore!.Period);
        Assert.Equal(100, key.Change);
        Assert.Equal(10, key.PercentChange!.Value, precision: 6);
    }

    [Fact]
    public void GivesNoPercentChangeForAShare()
    {
        var key = KeyStatistic.Of(Series(IndicatorKind.Indicator, ("2023", 40), ("2024", 42.5)))!;

        Assert.Equal(2.5, key.Change);
        Assert.Null(key.PercentChange);
    }

    [Fact]
    public void GivesNoChangeWhenTheYearBeforeIsMissing()
    {
        var key = KeyStatistic.Of(Series(IndicatorKind.Statistic, ("2021", 900), ("2024", 1100)))!;

        Assert.Null(key.YearBefore);
        Assert.Null(key.Change);
    }

    [Fact]
    public void ComparesAQuarterWithTheSameQuarterAYearBefore()
    {
        var key = KeyStatistic.Of(Series(IndicatorKind.Statistic, ("2023-Q2", 10), ("2024-Q1", 11), ("2024-Q2", 12)))!;

        Assert.Equal("2023-Q2", key.YearBefore!.Period);
    }

    [Fact]
    public void HasNothingToSayOfAnEmptySeries()
    {
        Assert.Null(KeyStatistic.Of(Series(IndicatorKind.Statistic)));
    }
}
