using ComunidadPyme.Web.Features.Compare;

namespace ComunidadPyme.UnitTests.Web.Features.Compare;

public sealed class CompareRequestValidatorTests
{
    private readonly CompareRequestValidator _validator = new(CompareTestCatalogue.English());

    private List<string> Problems(CompareQuery query) =>
        _validator.Validate(new CompareRequest(query, CompareTestCatalogue.Create())).Errors.Select(e => e.ErrorMessage).ToList();

    [Fact]
    public void AcceptsAWellFormedComparison()
    {
        Assert.Empty(Problems(new CompareQuery
        {
            Indicator = "msme_density", Countries = ["BR,mx", "AR"], Region = "southamerica", From = "2015", To = " 2024 ", View = "Line",
        }));
    }

    [Fact]
    public void AcceptsAnEmptyQuery()
    {
        Assert.Empty(Problems(new CompareQuery()));
    }

    [Theory]
    [InlineData("NOPE", "There is no indicator with the code “NOPE”; choose one from the list.")]
    [InlineData("MSME_DENSITY'--", "There is no indicator with the code “MSME_DENSITY'--”; choose one from the list.")]
    public void NamesAnUnknownIndicator(string code, string message)
    {
        Assert.Equal([message], Problems(new CompareQuery { Indicator = code }));
    }

    [Fact]
    public void ListsUnknownCountriesOnceEach()
    {
        Assert.Equal(["There is no member state with the code “ZZ”, “<script>”."],
            Problems(new CompareQuery { Countries = ["ZZ,BR,zz", "<script>"] }));
    }

    [Fact]
    public void RefusesMoreThanThirtyFiveCountries()
    {
        var problems = Problems(new CompareQuery { Countries = [string.Join(',', Enumerable.Repeat("BR", 36))] });

        Assert.Equal(["You can compare at most 35 countries at a time; you listed 36, so only the first 35 are used."], problems);
    }

    [Theory]
    [InlineData("abc", null, "The first year must be written in digits, such as 2015.")]
    [InlineData("-2015", null, "The first year must be written in digits, such as 2015.")]
    [InlineData("2015.5", null, "The first year must be written in digits, such as 2015.")]
    [InlineData(null, "twenty", "The last year must be written in digits, such as 2024.")]
    [InlineData("1949", null, "Years must be between 1950 and 2100.")]
    [InlineData(null, "2101", "Years must be between 1950 and 2100.")]
    [InlineData(null, "99999999999999999999", "Years must be between 1950 and 2100.")]
    [InlineData("2022", "2018", "The first year (2022) comes after the last year (2018), so the two have been swapped.")]
    public void ExplainsWhatIsWrongWithTheYears(string? from, string? to, string message)
    {
        Assert.Equal([message], Problems(new CompareQuery { From = from, To = to }));
    }

    [Theory]
    [InlineData("Europe")]
    [InlineData("4")]
    public void RefusesAnUnknownRegionOrARegionNumber(string region)
    {
        Assert.Equal([$"There is no region called “{region}”."], Problems(new CompareQuery { Region = region }));
    }

    [Fact]
    public void ShortensLongTextItRepeats()
    {
        var problems = Problems(new CompareQuery { View = new string('v', 500) });

        Assert.Equal([$"There is no view called “{new string('v', 20)}…”; the table is shown."], problems);
    }
}
