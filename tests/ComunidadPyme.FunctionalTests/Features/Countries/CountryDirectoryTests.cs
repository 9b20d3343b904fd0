using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Countries;

[Collection(PortalCollection.Name)]
public sealed class CountryDirectoryTests(PortalFactory portal)
{
    [Fact]
    public async Task ListsAllThirtyFiveMemberStates()
    {
        var response = await portal.CreateClient().GetAsync("/en/countries");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        var codes = page.QuerySelectorAll("[data-iso2]").Select(e => e.GetAttribute("data-iso2")).ToList();
        Assert.Equal(35, codes.Distinct().Count());
        Assert.Contains("BR", codes);
        Assert.Contains("VC", codes);
        Assert.Contains("Saint Vincent and the Grenadines", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("es", "Estados miembros de la OEA", "Brasil")]
    [InlineData("pt", "Estados membros da OEA", "Estados Unidos")]
    [InlineData("fr", "États membres de l'OEA", "Brésil")]
    public async Task ShowsTheDirectoryInTheVisitorsLanguage(string lang, string heading, string countryName)
    {
        var response = await portal.CreateClient().GetAsync($"/{lang}/countries");

        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(countryName, page.Body!.TextContent);
    }

    [Fact]
    public async Task ShowsTheWithdrawalOfNicaraguaRatherThanDroppingIt()
    {
        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/en/countries"));

        var nicaragua = page.QuerySelector("[data-iso2='NI']");
        Assert.NotNull(nicaragua);
        Assert.Contains("Withdrawn from the OAS", nicaragua.TextContent);
    }

    [Fact]
    public async Task OffersTheSamePageInTheOtherLanguages()
    {
        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/es/countries"));

        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal("http://localhost/fr/countries", alternates["fr"]);
        Assert.Equal("http://localhost/en/countries", alternates["x-default"]);
        var switcher = page.QuerySelector(".language-switcher a[hreflang=pt]");
        Assert.Equal("/pt/countries", switcher!.GetAttribute("href"));
    }
}
