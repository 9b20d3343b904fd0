using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Compare;

/// <summary>Whatever the address holds, the compare page answers with a message per problem, never an error.</summary>
[Collection(PortalCollection.Name)]
public sealed class ComparePageWithBadInputTests(PortalFactory portal)
{
    [Theory]
    [InlineData("from=2022&to=2018&countries=BR", "The first year (2022) comes after the last year (2018), so the two have been swapped.")]
    [InlineData("from=abc&countries=BR", "The first year must be written in digits, such as 2015.")]
    [InlineData("to=2O24&countries=BR", "The last year must be written in digits, such as 2024.")]
    [InlineData("from=1800&countries=BR", "Years must be between 1950 and 2100.")]
    [InlineData("to=99999999999999&countries=BR", "Years must be between 1950 and 2100.")]
    [InlineData("indicator=NOPE", "There is no indicator with the code “NOPE”; choose one from the list.")]
    [InlineData("indicator=%27%20OR%201%3D1%20--", "There is no indicator with the code “' OR 1=1 --”; choose one from the list.")]
    [InlineData("countries=ZZ,BR", "There is no member state with the code “ZZ”.")]
    [InlineData("countries=B%25,_R", "There is no member state with the code “B%”, “_R”.")]
    [InlineData("region=Europe", "There is no region called “Europe”.")]
    [InlineData("view=pie", "There is no view called “pie”; the table is shown.")]
    public async Task ExplainsEachProblem(string query, string message)
    {
        var page = await GetPageAsync($"/en/compare?{query}");

        Assert.Contains(message, Problems(page));
        Assert.NotNull(page.QuerySelector("#result-heading"));
    }

    [Fact]
    public async Task SwapsAReversedRange()
    {
        var page = await GetPageAsync("/en/compare?indicator=MSME_DENSITY&countries=BR&from=2022&to=2018");

        var years = page.QuerySelectorAll(".compare-table thead th").Skip(1).Select(th => th.TextContent.Trim());
        Assert.Equal(["2018", "2019", "2020", "2021", "2022"], years);
    }

    [Fact]
    public async Task ExplainsInTheVisitorsLanguage()
    {
        var page = await GetPageAsync("/es/compare?from=abc&indicator=NOPE");

        Assert.Contains("El primer año debe escribirse en cifras, por ejemplo 2015.", Problems(page));
        Assert.Contains("No existe ningún indicador con el código «NOPE»; elija uno de la lista.", Problems(page));
    }

    [Fact]
    public async Task NeverRunsAScriptWrittenInTheAddress()
    {
        var response = await portal.CreateClient().GetAsync(
            "/en/compare?countries=ZZ,%3Cscript%3Ealert(1)%3C/script%3E&indicator=%22%3E%3Cscript%3Ealert(2)%3C/script%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.DoesNotContain("alert(", s.TextContent));
        Assert.Contains(Problems(page), p => p.StartsWith("There is no member state with the code “ZZ”, “<script>", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll(".compare-table tbody tr"));
    }

    [Fact]
    public async Task UsesOnlyTheFirstThirtyFiveOfTooManyCountries()
    {
        var codes = string.Join(',', Enumerable.Repeat("BR", 36));

        var page = await GetPageAsync($"/en/compare?countries={codes}");

        Assert.Contains("You can compare at most 35 countries at a time; you listed 36, so only the first 35 are used.", Problems(page));
        Assert.Single(page.QuerySelectorAll(".compare-table tbody tr"));
    }

    [Fact]
    public async Task SurvivesAVeryLongValue()
    {
        var page = await GetPageAsync($"/en/compare?indicator={new string('A', 5000)}&countries={new string('x', 5000)}");

        Assert.Contains(Problems(page), p => p.StartsWith("There is no indicator with the code “AAAAAAAAAAAAAAAAAAAA…”", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DownloadsTheDefaultComparisonGivenBadInput()
    {
        var response = await portal.CreateClient().GetAsync("/en/compare/data.csv?indicator=NOPE&from=abc&countries=%3Cscript%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("\uFEFFCountry code,Country,", lines[0]);
    }

    private async Task<IDocument> GetPageAsync(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    private static List<string> Problems(IDocument page) =>
        page.QuerySelectorAll(".compare-problems li").Select(li => li.TextContent.Trim()).ToList();
}
