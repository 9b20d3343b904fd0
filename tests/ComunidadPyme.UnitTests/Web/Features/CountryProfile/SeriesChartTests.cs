using System.Text.Json;
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
        using var json = JsonDocument.Parse(SeriesChart.Json(Series(Point("2018", 2018, 40), Point("2021", 2021, 44.5)), "Chile"));

        Assert.Equal(["2018", "2019", "2020", "2021"], json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var data = json.RootElement.GetProperty("datasets")[0].GetProperty("data").EnumerateArray().ToList();
        Assert.Equal([JsonValueKind.Number, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Number], data.Select(d => d.ValueKind));
        Assert.Equal(44.5, data[3].GetDouble());
        Assert.Equal("per 1,000 people", json.RootElement.GetProperty("unit").GetString());
    }

    [Fact]
    public void KeepsPeriodsThatAreNotWholeYearsAsTheyAre()
    {
        using var json = JsonDocument.Parse(SeriesChart.Json(Series(Point("2021-Q1", 2021, 1), Point("2021-Q3", 2021, 3)), "Chile"));

        Assert.Equal(["2021-Q1", "2021-Q3"], json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
    }
}
