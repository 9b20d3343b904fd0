using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Api.Countries;

[Collection(PortalCollection.Name)]
public sealed class CountriesEndpointTests(PortalFactory portal)
{
    [Fact]
    public async Task ListsTheThirtyFiveMemberStatesWithTheirCodes()
    {
        var countries = await ApiResponses.JsonAsync(await portal.CreateClient().GetAsync("/api/v1/countries"));

        var list = countries.EnumerateArray().ToList();
        Assert.Equal(35, list.Count);
        Assert.Equal(35, list.Select(c => c.GetProperty("iso2").GetString()).Distinct().Count());
        var brazil = Assert.Single(list, c => c.GetProperty("iso2").GetString() == "BR");
        Assert.Equal("BRA", brazil.GetProperty("iso3").GetString());
        Assert.Equal("Brazil", brazil.GetProperty("name").GetString());
        Assert.Equal("Brasil", brazil.GetProperty("names").GetProperty("es").GetString());
        Assert.Equal("BRL", brazil.GetProperty("currencyCode").GetString());
        Assert.Equal("SouthAmerica", brazil.GetProperty("subRegion").GetString());
        Assert.Equal("Active", brazil.GetProperty("membershipStatus").GetString());
        var nicaragua = Assert.Single(list, c => c.GetProperty("iso2").GetString() == "NI");
        Assert.Equal("Withdrawn", nicaragua.GetProperty("membershipStatus").GetString());
    }

    [Fact]
    public async Task GivesOneCountryWithItsNameInTheLanguageAsked()
    {
        var canada = await ApiResponses.JsonAsync(await portal.CreateClient().GetAsync("/api/v1/countries/ca?lang=fr"));

        Assert.Equal("CA", canada.GetProperty("iso2").GetString());
        Assert.Equal("Canada", canada.GetProperty("name").GetString());
        Assert.Equal(["en", "fr"], canada.GetProperty("officialLanguages").EnumerateArray().Select(l => l.GetString()).Order());
    }

    [Fact]
    public async Task AnswersNotFoundProblemGivenUnknownCountry()
    {
        var problem = await ApiResponses.ProblemAsync(
            await portal.CreateClient().GetAsync("/api/v1/countries/ZZ"), HttpStatusCode.NotFound);

        Assert.Contains("'ZZ'", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    [InlineData("%25")]
    public async Task AnswersNotFoundProblemGivenAHostileCode(string code)
    {
        var problem = await ApiResponses.ProblemAsync(
            await portal.CreateClient().GetAsync("/api/v1/countries/" + Uri.EscapeDataString(code)), HttpStatusCode.NotFound);

        Assert.StartsWith("There is no OAS member state", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task QuotesOnlyTheStartOfAVeryLongCode()
    {
        var problem = await ApiResponses.ProblemAsync(
            await portal.CreateClient().GetAsync("/api/v1/indicators/" + new string('X', 3000)), HttpStatusCode.NotFound);

        Assert.True(problem.GetProperty("detail").GetString()!.Length < 200);
    }

    [Fact]
    public async Task RejectsALanguageOtherThanTheFourOfTheOas()
    {
        var errors = await ApiResponses.ErrorsForAsync(await portal.CreateClient().GetAsync("/api/v1/countries?lang=de"), "lang");

        Assert.Contains(errors, e => e.Contains("en, es, pt, fr"));
    }

    [Fact]
    public async Task LetsAnyWebsiteReadTheApi()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries");
        request.Headers.Add("Origin", "https://statistics.example.net");

        var response = await portal.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task AnswersNotFoundProblemForAnUnknownApiAddress()
    {
        var problem = await ApiResponses.ProblemAsync(
            await portal.CreateClient().GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);

        Assert.Contains("/openapi/v1.json", problem.GetProperty("detail").GetString());
    }
}
