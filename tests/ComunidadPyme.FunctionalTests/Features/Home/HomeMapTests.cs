using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Home;

[Collection(PortalCollection.Name)]
public sealed partial class HomeMapTests(PortalFactory portal)
{
    [Fact]
    public async Task DrawsTheThirtyFiveMemberStatesAsLinksToTheirProfiles()
    {
        var page = await GetPageAsync("/en/");

        var links = page.QuerySelectorAll("svg.choropleth-map a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(35, links.Distinct().Count());
        Assert.All(links, href => Assert.Matches(ProfileAddress(), href));
        Assert.Contains("/en/countries/vc", links);
        Assert.All(page.QuerySelectorAll("svg.choropleth-map a"), a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label")));
            Assert.Equal(a.GetAttribute("aria-label"), a.QuerySelector("title")!.TextContent);
        });
        Assert.NotEmpty(page.QuerySelectorAll("svg.choropleth-map circle.map-marker"));
    }

    [Fact]
    public async Task HasALegendThatNamesItsClassesAndTheCountriesWithoutData()
    {
        var page = await GetPageAsync("/en/?indicator=MSME_DENSITY");

        var entries = page.QuerySelectorAll(".map-legend li").Select(li => li.TextContent.Trim()).ToList();
        Assert.InRange(entries.Count, 2, 6);
        Assert.Contains(entries, e => e.StartsWith("No data", StringComparison.Ordinal));
        Assert.Contains("MSMEs per 1,000 people", page.QuerySelector(".map-legend")!.TextContent);
    }

    [Fact]
    public async Task SaysNoDataForACountryWithoutFigures()
    {
        var page = await GetPageAsync("/en/?indicator=MSME_DENSITY");

        var argentina = page.QuerySelector("svg a[data-country=AR]")!;
        Assert.Equal("/en/countries/ar", argentina.GetAttribute("href"));
        Assert.Equal("Argentina: no data", argentina.QuerySelector("title")!.TextContent);
        Assert.Contains("map-no-data", argentina.GetAttribute("class"));
    }

    [Fact]
    public async Task ShowsTheLatestFigureOfACountryInItsTitle()
    {
        var page = await GetPageAsync("/es/?indicator=MSME_DENSITY");

        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var latest = await db.Observations.Where(o => o.Indicator!.Code == "MSME_DENSITY")
            .Join(db.Countries.Where(c => c.Iso2 == "BR"), o => o.CountryId, c => c.Id, (o, c) => o)
            .OrderByDescending(o => o.Year).FirstAsync();
        var brazil = page.QuerySelector("svg a[data-country=BR]")!;
        var value = latest.Value.ToString("N1", CultureInfo.GetCultureInfo("es"));
        Assert.Equal($"Brasil: {value} MIPYME por cada 1.000 habitantes ({latest.Year})", brazil.QuerySelector("title")!.TextContent);
        Assert.Matches("map-shade-[0-4]", brazil.GetAttribute("class"));
    }

    [Fact]
    public async Task ColoursTheMapByTheChosenIndicatorAndFallsBackWithANote()
    {
        var chosen = await GetPageAsync("/en/?indicator=sme_loan_share");
        var unknown = await GetPageAsync("/en/?indicator=%3Cb%3ENOPE");

        Assert.StartsWith("SME loans", chosen.QuerySelector("#map-caption")!.TextContent);
        Assert.StartsWith("MSME density", unknown.QuerySelector("#map-caption")!.TextContent);
        Assert.Contains("There is no indicator with the code “<b>NOPE”; the map shows MSME density instead.",
            unknown.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(unknown.QuerySelector("main b"));
    }

    [Fact]
    public async Task ListsTheLatestUpdatesAndKeepsTheCountryDirectory()
    {
        var page = await GetPageAsync("/en/");

        var updates = page.QuerySelectorAll(".latest-updates li");
        Assert.Equal(8, updates.Length);
        Assert.All(updates, u => Assert.Matches(ProfileAddress(), u.QuerySelector("a")!.GetAttribute("href")!));
        Assert.NotEmpty(page.QuerySelectorAll(".latest-updates time"));
        Assert.Equal(35, page.QuerySelectorAll(".country-list [data-iso2]").Length);
    }

    private async Task<IDocument> GetPageAsync(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    [GeneratedRegex("^/[a-z]{2}/countries/[a-z]{2}$")]
    private static partial Regex ProfileAddress();
}
