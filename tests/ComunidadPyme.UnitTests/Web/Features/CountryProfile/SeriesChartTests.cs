using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.UnitTests.Web.Features.CountryProfile;

public sealed class SeriesChartTests
{
    private static SeriesPoint Point(string period, int year, double value) =>
        new(period, year, value, ObservationStatus.Final, "INE", IsSample: false);

    private static IndicatorSeries Series(params SeriesPoint[] points) =>
        new("MSME_DENSITY", "MSME density", "per 1,000 people", default, default, 1, points);

    [Fact]
    public void GivesAMissingYearAsAGapInsteadOfJoiningTheYearsAroundIt()
    {
        var (labels, values) = SeriesChart.Categories(Series(Point("2018", 2018, 40), Point("2021", 2021, 44.5)));

        Assert.Equal(["2018", "2019", "2020", "2021"], labels);
        Assert.Equal([40, null, null, 44.5], values);
    }

    [Fact]
    public void KeepsPeriodsThatAreNotWholeYearsAsTheyAre()
    {
        var (labels, _) = SeriesChart.Categories(Series(Point("2021-Q1", 2021, 1), Point("2021-Q3", 2021, 3)));

        Assert.Equal(["2021-Q1", "2021-Q3"], labels);
    }
}
