using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using CsvHelper;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

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
    public async Task DownloadsEveryFigureOfTheTableWithItsUnitStatusSourceSampleFlagLicenceAndCitation()
    {
        const string query = "indicator=MSME_DENSITY&countries=BR,MX,CO&from=2019&to=2024";
        var page = await GetPageAsync($"/en/compare?{query}");

        var response = await portal.CreateClient().GetAsync($"/en/compare/data.csv?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var records = ReadCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            ["Country code", "Country", "Indicator code", "Indicator", "Year", "Period", "Value", "Unit", "Status", "Source",
                "Sample data", "Licence", "Citation"],
            records[0]);
        var shown = page.QuerySelectorAll(".compare-table tbody tr")
            .SelectMany(row => row.QuerySelectorAll("td").Select((td, i) => (
                Iso2: row.GetAttribute("data-iso2")!, Year: 2019 + i,
                Value: td.QuerySelector(".value") is { } value ? double.Parse(value.TextContent, s_english) : (double?)null)))
            .Where(cell => cell.Value is not null)
            .ToList();
        var rows = records.Skip(1).ToList();
        Assert.Equal(shown.Count, rows.Count);
        Assert.Equal(
            shown.Select(c => (c.Iso2, c.Year, c.Value)),
            rows.Select(r => (r[0], int.Parse(r[4], CultureInfo.InvariantCulture), (double?)double.Parse(r[6], CultureInfo.InvariantCulture))));
        var unit = await portal.QueryAsync(db => db.Indicators.Where(i => i.Code == "MSME_DENSITY").Select(i => i.Unit.En).SingleAsync());
        Assert.All(rows, r =>
        {
            Assert.Equal("MSME_DENSITY", r[2]);
            Assert.Equal(unit, r[7]);
            Assert.Contains(r[8], new[] { "Final", "Provisional", "Estimated" });
            Assert.Equal("CC-BY-4.0", r[11]);
            Assert.StartsWith("Comunidad PYME (", r[12], StringComparison.Ordinal);
            Assert.Contains("/en/compare?indicator=MSME_DENSITY&countries=BR,MX,CO&from=2019&to=2024", r[12], StringComparison.Ordinal);
            Assert.Contains("Licence: CC-BY-4.0.", r[12], StringComparison.Ordinal);
        });
        Assert.Contains(rows, r => r[9] == "Sample data generated for demonstration — not an official statistic" && r[10] == "Yes");

        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "Download CSV");
        Assert.StartsWith("/en/compare/data.csv?indicator=MSME_DENSITY&countries=BR,MX,CO&from=2019&to=2024", link.GetAttribute("href"));
    }

    [Fact]
    public async Task NamesTheSourceUnderTheChartInThePageLanguage()
    {
        var page = await GetPageAsync("/es/compare?indicator=MSME_DENSITY&countries=BR,MX&from=2019&to=2020&view=line");

        Assert.Equal("Fuente: Datos de muestra generados para demostración: no son una estadística oficial",
            page.QuerySelector(".compare-chart + .compare-sources")!.TextContent.Trim());
    }

    [Fact]
    public async Task DownloadsInThePageLanguage()
    {
        var response = await portal.CreateClient().GetAsync("/es/compare/data.csv?indicator=MSME_DENSITY&countries=BR&from=2019&to=2020");

        var records = ReadCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal("Código de país", records[0][0]);
        Assert.Equal("Datos de muestra", records[0][10]);
        Assert.All(records.Skip(1), r =>
        {
            Assert.Equal("Brasil", r[1]);
            Assert.Equal("Datos de muestra generados para demostración: no son una estadística oficial", r[9]);
            Assert.Equal("Sí", r[10]);
            Assert.Contains("(consultado el ", r[12], StringComparison.Ordinal);
            Assert.Contains("Licencia: CC-BY-4.0.", r[12], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task OffersTheSpreadsheetDownloadWithTheDataAndASheetThatSaysWhatItIs()
    {
        var response = await portal.CreateClient().GetAsync("/fr/compare/data.xlsx?indicator=MSME_DENSITY&countries=BR&from=2020&to=2022");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["compare-msme_density-2020-2022", "À propos"], workbook.GetSheetNames());
        var data = workbook.Query(useHeaderRow: true, sheetName: "compare-msme_density-2020-2022").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal([2020, 2021, 2022], data.Select(r => Convert.ToInt32(r["Année"], CultureInfo.InvariantCulture)));
        Assert.All(data, r => Assert.Equal("Brésil", r["Pays"]));
        var about = workbook.Query(useHeaderRow: true, sheetName: "À propos").Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["Champ"]!, r => r["Valeur"]?.ToString());
        Assert.Equal("Creative Commons Attribution 4.0 International (CC BY 4.0) — https://creativecommons.org/licenses/by/4.0/", about["Licence"]);
        Assert.StartsWith("Comunidad PYME (", about["Citation"], StringComparison.Ordinal);
        Assert.EndsWith("/fr/compare?indicator=MSME_DENSITY&countries=BR&from=2020&to=2022", about["Lien vers cette comparaison"], StringComparison.Ordinal);
        Assert.EndsWith("/fr/indicators/MSME_DENSITY", about["À propos de cet indicateur"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Brésil", about["Pays"], StringComparison.Ordinal);
        Assert.True(about.ContainsKey("Données d'exemple"));
    }

    [Theory]
    [InlineData("line", "polyline", 2)]
    [InlineData("bar", "rect.chart-point", 10)]
    public async Task DrawsTheChartOnTheServerWithTheTableBesideIt(string view, string mark, int marks)
    {
        var page = await GetPageAsync($"/en/compare?indicator=MSME_DENSITY&countries=BR,MX&from=2016&to=2020&view={view}");

        var chart = page.QuerySelector(".compare-chart svg.chart-svg")!;
        Assert.Equal(marks, chart.QuerySelectorAll(mark).Length);
        var stored = await StoredValuesAsync("MSME_DENSITY", ["BR"], 2020, 2020);
        Assert.Contains(chart.QuerySelectorAll("title").Select(t => t.TextContent),
            tip => tip.StartsWith($"Brazil, 2020: {stored[("BR", 2020)].ToString("N1", s_english)} ", StringComparison.Ordinal));
        Assert.Equal(["Brazil", "Mexico"], chart.QuerySelectorAll("text.chart-legend").Select(t => t.TextContent));
        Assert.Equal(2, page.QuerySelectorAll(".compare-table tbody tr").Length);
        Assert.Null(page.QuerySelector("script[src*='chart.umd']"));
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

    private static List<string[]> ReadCsv(string content)
    {
        using var reader = new CsvReader(new StringReader(content.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(reader.Parser.Record!);
        }

        return records;
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
