using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Api.Observations;

[Collection(PortalCollection.Name)]
public sealed class ObservationsEndpointTests(PortalFactory portal)
{
    private const string BrazilAndMexico2018To2020 = "/api/v1/observations?indicator=MSME_COUNT&countries=BR,MX&from=2018&to=2020";

    [Fact]
    public async Task ReturnsExactlyTheDatabaseRowsForTheFilter()
    {
        var expected = await ApiResponses.QueryAsync(portal, db => (
                from o in db.Observations
                join c in db.Countries on o.CountryId equals c.Id
                where o.Indicator!.Code == "MSME_COUNT" && (c.Iso2 == "BR" || c.Iso2 == "MX") && o.Year >= 2018 && o.Year <= 2020
                select new { c.Iso2, o.Period, o.Value })
            .ToListAsync());

        var page = await ApiResponses.JsonAsync(await portal.CreateClient().GetAsync(BrazilAndMexico2018To2020));

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected.Count, page.GetProperty("total").GetInt32());
        Assert.Equal(expected.Count, items.Count);
        Assert.All(items, i => Assert.Contains(i.GetProperty("country").GetString(), new[] { "BR", "MX" }));
        var mexico2019 = expected.Single(e => e.Iso2 == "MX" && e.Period == "2019");
        var row = items.Single(i => i.GetProperty("country").GetString() == "MX" && i.GetProperty("period").GetString() == "2019");
        Assert.Equal(mexico2019.Value, row.GetProperty("value").GetDouble());
        Assert.True(row.GetProperty("isSample").GetBoolean());
        Assert.Equal("Estimated", row.GetProperty("status").GetString()); // sample values never claim an official release
    }

    [Fact]
    public async Task PagesWithTheTotalAndLinksToTheNeighbouringPages()
    {
        var page = await ApiResponses.JsonAsync(await portal.CreateClient().GetAsync(BrazilAndMexico2018To2020 + "&pageSize=4&page=2"));

        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(4, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(6, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("totalPages").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        var links = page.GetProperty("links");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, links.GetProperty("next").ValueKind);
        var previous = links.GetProperty("prev").GetString()!;
        Assert.StartsWith("http://localhost/api/v1/observations?", previous);
        Assert.Contains("page=1", previous);
        Assert.Contains("countries=BR,MX", Uri.UnescapeDataString(previous));

        var first = await ApiResponses.JsonAsync(await portal.CreateClient().GetAsync(previous));
        var firstPeriods = first.GetProperty("items").EnumerateArray().Select(Key);
        var secondPeriods = page.GetProperty("items").EnumerateArray().Select(Key);
        Assert.Empty(firstPeriods.Intersect(secondPeriods));
    }

    [Theory]
    [InlineData("indicator=NOPE", "indicator", "NOPE")]
    [InlineData("indicator=MSME_COUNT,<script>alert(1)</script>", "indicator", "<SCRIPT>")]
    [InlineData("countries=ZZ", "countries", "ZZ")]
    [InlineData("countries=BR,'%20OR%201=1%20--", "countries", "OR 1=1")]
    [InlineData("from=abc", "from", "abc")]
    [InlineData("from=-5", "from", "-5")]
    [InlineData("to=2015.5", "to", "2015.5")]
    [InlineData("from=2024&to=2010", "to", "before from")]
    [InlineData("pageSize=5000", "pageSize", "5000")]
    [InlineData("page=0", "page", "'0'")]
    [InlineData("page=99999999999", "page", "99999999999")]
    [InlineData("lang=de", "lang", "'de'")]
    public async Task RejectsABadFilterNamingTheParameter(string query, string parameter, string quoted)
    {
        var errors = await ApiResponses.ErrorsForAsync(
            await portal.CreateClient().GetAsync("/api/v1/observations?" + query), parameter);

        Assert.Contains(errors, e => e.Contains(quoted));
    }

    [Fact]
    public async Task RejectsAnOverlongCountryListWithoutEchoingIt()
    {
        var codes = string.Join(',', Enumerable.Repeat("BR", 600));

        var errors = await ApiResponses.ErrorsForAsync(
            await portal.CreateClient().GetAsync("/api/v1/observations?countries=" + codes), "countries");

        Assert.Contains(errors, e => e.Contains("at most 1000 characters"));
        Assert.All(errors, e => Assert.True(e.Length < 200));
    }

    private static string Key(System.Text.Json.JsonElement item) =>
        item.GetProperty("country").GetString() + item.GetProperty("period").GetString();
}
