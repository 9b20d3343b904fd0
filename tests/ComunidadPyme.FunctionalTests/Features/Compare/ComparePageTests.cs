using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Compare;

[Collection(PortalCollection.Name)]
public sealed class ComparePageTests(PortalFactory portal)
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task ShowsTheChosenCountriesAndYearsWithTheFiguresOfTheDatabase()
    {
        var page = await GetPageAsync("/en/compare?indicator=MSME_DENSITY&countries=BR,MX&from=2018&to=2022");

        Assert.Equal(["Country", "2018", "2019", "2020", "2021", "2022"], Headers(page));
        var rows = page.QuerySelectorAll(".compare-table tbody tr");
        Assert.Equal(["BR", "MX"], rows.Select(r => r.GetAttribute("data-iso2")));
        var stored = await StoredValuesAsync("MSME_DENSITY", ["BR", "MX"], 2018, 2022);
        foreach (var row in rows)
        {
            var shown = row.QuerySelectorAll("td").Select(td => td.QuerySelector(".value")?.TextContent).ToList();
            var expected = Enumerable.Range(2018, 5)
                .Select(year => (string?)stored[(row.GetAttribute("data-iso2")!, year)].ToString("N1", s_english))
                .ToList();
            Assert.Equal(expected, shown);
        }

        Assert.NotNull(rows[0].QuerySelector(".sample-badge"));
    }

    [Fact]
    public async Task FormatsTheFiguresInTheVisitorsCulture()
    {
        var page = await GetPageAsync("/fr/compare?indicator=MSME_DENSITY&countries=BR&from=2018&to=2018");

        var stored = await StoredValuesAsync("MSME_DENSITY", ["BR"], 2018, 2018);
        var expected = stored[("BR", 2018)].ToString("N1", CultureInfo.GetCultureInfo("fr"));
        Assert.Contains(",", expected);
        Assert.Equal(expected, page.QuerySelector(".compare-table tbody .value")!.TextContent);
        Assert.Equal("Pays", Headers(page)[0]);
    }

    [Fact]
    public async Task SelectsEveryCountryOfTheChosenRegion()
    {
        var page = await GetPageAsync("/en/compare?indicator=MSME_DENSITY&region=SouthAmerica");

        using var scope = portal.Services.CreateScope();
        var expected = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Countries
            .Where(c => c.SubRegion == SubRegion.SouthAmerica).Select(c => c.Iso2).ToListAsync();
        var shown = page.QuerySelectorAll(".compare-table tbody tr").Select(r => r.GetAttribute("data-iso2")!).ToList();
        Assert.Equal(12, expected.Count);
        Assert.Equal(expected.Order(), shown.Order());
        Assert.Empty(page.QuerySelectorAll(".compare-problems"));
    }

    [Fact]
    public async Task OffersADownloadWithTheSameHeaderAndRowsAsTheTable()
    {
        const string query = "indicator=MSME_DENSITY&countries=BR,MX,CO&from=2019&to=2024";
        var page = await GetPageAsync($"/en/compare?{query}");

        var response = await portal.CreateClient().GetAsync($"/en/compare/data.csv?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(string.Join(',', Headers(page)), lines[0]);
        var rows = page.QuerySelectorAll(".compare-table tbody tr").ToList();
        Assert.Equal(rows.Count, lines.Length - 1);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = lines[i + 1].Split(',');
            Assert.Equal(rows[i].QuerySelector("th a")!.TextContent, cells[0]);
            var shown = rows[i].QuerySelectorAll("td")
                .Select(td => td.QuerySelector(".value") is { } value ? double.Parse(value.TextContent, s_english) : (double?)null);
            var downloaded = cells.Skip(1)
                .Select(c => c.Length == 0 ? (double?)null : double.Parse(c, CultureInfo.InvariantCulture));
            Assert.Equal(shown, downloaded);
        }

        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "Download CSV");
        Assert.StartsWith("/en/compare/data.csv?indicator=MSME_DENSITY&countries=BR,MX,CO&from=2019&to=2024", link.GetAttribute("href"));
    }

    [Fact]
    public async Task OffersTheSpreadsheetDownload()
    {
        var response = await portal.CreateClient().GetAsync("/en/compare/data.xlsx?indicator=MSME_DENSITY&countries=BR");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var content = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', content[0]);
        Assert.Equal((byte)'K', content[1]);
    }

    [Theory]
    [InlineData("line", "line")]
    [InlineData("bar", "bar")]
    public async Task DrawsAChartWithTheTableBesideIt(string view, string chartType)
    {
        var page = await GetPageAsync($"/en/compare?indicator=MSME_DENSITY&countries=BR,MX&view={view}");

        var canvas = page.QuerySelector("canvas[data-chart]");
        Assert.Equal(chartType, canvas!.GetAttribute("data-chart"));
        var source = page.GetElementById(canvas.GetAttribute("data-chart-source")!);
        Assert.Contains("\"label\":\"Brazil\"", source!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".compare-table tbody tr").Length);
    }

    [Fact]
    public async Task ColoursTheMapByTheLatestValueInRange()
    {
        var page = await GetPageAsync("/en/compare?indicator=MSME_DENSITY&countries=BR,MX&from=2018&to=2020&view=map");

        var stored = await StoredValuesAsync("MSME_DENSITY", ["BR"], 2020, 2020);
        var brazil = page.QuerySelector("svg a[data-country=BR]");
        Assert.Contains($"Brazil: {stored[("BR", 2020)].ToString("N1", s_english)}", brazil!.QuerySelector("title")!.TextContent);
        Assert.Contains("map-no-data", page.QuerySelector("svg a[data-country=CO]")!.GetAttribute("class"));
        Assert.Equal(35, page.QuerySelectorAll("svg a[href]").Length);
        Assert.Equal(2, page.QuerySelectorAll(".compare-table tbody tr").Length);
    }

    private async Task<IDocument> GetPageAsync(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    private static List<string> Headers(IDocument page) =>
        page.QuerySelectorAll(".compare-table thead th").Select(th => th.TextContent.Trim()).ToList();

    private async Task<Dictionary<(string Iso2, int Year), double>> StoredValuesAsync(
        string indicator, string[] countries, int from, int to)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.Indicator!.Code == indicator && o.Year >= from && o.Year <= to)
            .Join(db.Countries.Where(c => countries.Contains(c.Iso2)), o => o.CountryId, c => c.Id, (o, c) => new { c.Iso2, o.Year, o.Value })
            .ToListAsync();
        return rows.ToDictionary(r => (r.Iso2, r.Year), r => r.Value);
    }
}
