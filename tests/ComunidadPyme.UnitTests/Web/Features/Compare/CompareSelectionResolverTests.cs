using ComunidadPyme.Web.Features.Compare;

namespace ComunidadPyme.UnitTests.Web.Features.Compare;

public sealed class CompareSelectionResolverTests
{
    private static CompareSelection Resolve(CompareQuery query) =>
        CompareSelectionResolver.Resolve(query, CompareTestCatalogue.Create(), currentYear: 2026);

    [Fact]
    public void ShowsTheLastTenYearsOfTheDefaultIndicatorForTheCountriesThatReportIt()
    {
        var selection = Resolve(new CompareQuery());

        Assert.Equal("MSME_DENSITY", selection.Indicator!.Code);
        Assert.Equal(["BR", "MX"], selection.Countries.Select(c => c.Iso2));
        Assert.Equal((2015, 2024), (selection.From, selection.To));
        Assert.Equal(CompareView.Table, selection.View);
    }

    [Fact]
    public void JoinsTheListedCountriesAndTheRegionWithoutRepeats()
    {
        var selection = Resolve(new CompareQuery { Countries = ["jm,BR", "ZZ"], Region = "SouthAmerica" });

        Assert.Equal(["JM", "BR", "AR"], selection.Countries.Select(c => c.Iso2));
    }

    [Fact]
    public void SelectsNoCountryWhenNoneOfTheListedCodesIsKnown()
    {
        Assert.Empty(Resolve(new CompareQuery { Countries = ["ZZ,<script>"] }).Countries);
    }

    [Theory]
    [InlineData("2022", "2018", 2018, 2022)]
    [InlineData("abc", "2020", 2011, 2020)]
    [InlineData("2030", null, 2030, 2030)]
    [InlineData("2010", null, 2010, 2024)]
    [InlineData("1800", "3000", 2015, 2024)]
    public void ReadsTheYearsOrFallsBackToSensibleOnes(string? from, string? to, int expectedFrom, int expectedTo)
    {
        var selection = Resolve(new CompareQuery { From = from, To = to });

        Assert.Equal((expectedFrom, expectedTo), (selection.From, selection.To));
    }

    [Fact]
    public void WritesAnAddressThatGivesTheSameComparison()
    {
        var selection = Resolve(new CompareQuery { Indicator = "msme_density", Countries = ["MX,BR"], From = "2018", To = "2020", View = "map" });

        Assert.Equal("?indicator=MSME_DENSITY&countries=MX,BR&from=2018&to=2020&view=map", selection.ToQueryString().Value);
    }
}
