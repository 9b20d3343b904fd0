using System.Globalization;
using System.Net;
using System.Xml.Linq;
using CsvHelper;
using ComunidadPyme.FunctionalTests.Features.CountryProfile;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace ComunidadPyme.FunctionalTests.Features.Charts;

/// <summary>Charts that travel: every chart as SVG, PNG and the CSV of its figures, with their source and licence.</summary>
[Collection(PortalCollection.Name)]
public sealed class ChartFilesTests(PortalFactory portal)
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task GivesACountrysSeriesAsAnSvgWithItsTitleFiguresSourceAndLicence()
    {
        var stored = await StoredAsync("BR", "MSME_DENSITY");
        using var response = await portal.CreateClient().GetAsync("/es/countries/br/series/MSME_DENSITY.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("640", (string?)svg.Attribute("width"));
        Assert.Equal("Densidad de MIPYME — Brasil", svg.Element(s_svg + "title")!.Value);
        var tips = svg.Descendants().Where(e => (string?)e.Attribute("class") == "chart-point").Select(e => e.Element(s_svg + "title")!.Value).ToList();
        Assert.Equal(stored.Count, tips.Count);
        var (period, value) = stored[^1];
        Assert.Contains(tips, tip => tip.StartsWith($"Brasil, {period}: {value.ToString("N1", CultureInfo.GetCultureInfo("es"))}", StringComparison.Ordinal));
        var texts = svg.Descendants(s_svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Fuente: Datos de muestra generados para demostración: no son una estadística oficial", texts);
        Assert.Contains("Comunidad PYME · Licencia CC-BY-4.0", texts);
    }

    [Fact]
    public async Task GivesTheSameChartAsAPngTwiceTheSizeForPrint()
    {
        using var response = await portal.CreateClient().GetAsync("/fr/countries/mx/series/MSME_COUNT.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((1280, 720), (bitmap.Width, bitmap.Height));
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString());
        Assert.EndsWith("mx-msme-count-fr.png", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    [Fact]
    public async Task GivesExactlyTheChartsFiguresAsCsvWithUnitStatusSourceSampleLicenceAndCitation()
    {
        var stored = await StoredAsync("CO", "MSME_DENSITY");
        var csv = await portal.CreateClient().GetStringAsync("/pt/countries/co/series/MSME_DENSITY.csv");

        using var reader = new CsvReader(new StringReader(csv.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(stored.Select(s => s.Period), rows.Select(r => (string)r["period"]));
        Assert.Equal(stored.Select(s => s.Value.ToString(CultureInfo.InvariantCulture)), rows.Select(r => (string)r["value"]));
        var first = rows[0];
        Assert.Equal("Colômbia", first["country"]);
        Assert.Equal("True", first["sample"]);
        Assert.Equal("CC-BY-4.0", first["licence"]);
        Assert.False(string.IsNullOrEmpty((string)first["unit"]));
        Assert.Contains("/pt/countries/co#series-msme-density", (string)first["citation"]);
        Assert.StartsWith("Comunidad PYME (", (string)first["citation"]);
    }

    [Fact]
    public async Task DrawsNoFiguresYetForAnIndicatorTheCountryHasNotReported()
    {
        var svg = XElement.Parse(await portal.CreateClient().GetStringAsync("/en/countries/sv/series/MSME_COUNT.svg"));

        Assert.Contains("No figures yet", svg.Descendants(s_svg + "text").Select(t => t.Value));
    }

    [Theory]
    [InlineData("/en/countries/zz/series/MSME_COUNT.svg")]
    [InlineData("/en/countries/br/series/NO_SUCH.png")]
    [InlineData("/en/countries/br/series/NO_SUCH.csv")]
    [InlineData("/en/compare/chart.svg?indicator=NO_SUCH_AT_ALL&countries=BR")]
    public async Task AnswersNotFoundForAnUnknownCountryOrIndicator(string path)
    {
        using var response = await portal.CreateClient().GetAsync(path);

        if (path.Contains("compare", StringComparison.Ordinal))
        {
            // An unknown indicator in a comparison falls back to the first one, as the page does.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GivesAComparisonAsSvgAndPngWithEveryCountryInTheLegend()
    {
        var client = portal.CreateClient();
        var svg = XElement.Parse(await client.GetStringAsync("/en/compare/chart.svg?indicator=MSME_DENSITY&countries=BR,MX,CO&from=2019&to=2022&view=bar"));
        using var png = await client.GetAsync("/en/compare/chart.png?indicator=MSME_DENSITY&countries=BR,MX,CO&from=2019&to=2022&view=bar");

        Assert.Equal("MSME density, 2019–2022", svg.Element(s_svg + "title")!.Value);
        Assert.Equal(["Brazil", "Mexico", "Colombia"], svg.Descendants(s_svg + "text")
            .Where(t => (string?)t.Attribute("class") == "chart-legend").Select(t => t.Value));
        Assert.Equal(12, svg.Descendants(s_svg + "rect").Count(r => (string?)r.Attribute("class") == "chart-point"));
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OffersEveryWayToTakeAChartUnderItOnTheProfile()
    {
        var page = await portal.OpenPageAsync("/es/countries/br");

        var figure = page.QuerySelector("#series-msme-density .chart-figure")!;
        var links = figure.QuerySelectorAll(".chart-actions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/es/countries/br/series/msme_density.svg", "/es/countries/br/series/msme_density.png",
            "/es/countries/br/series/msme_density.csv", "/es/countries/br#series-msme-density"], links);
        Assert.Contains("<iframe src=\"http://localhost/embed/es/countries/br/series/msme_density\"", figure.QuerySelector("textarea")!.TextContent);
        Assert.NotNull(figure.QuerySelector("svg.chart-svg title"));
    }

    [Fact]
    public async Task LoadsChartsOnlyWhenAskedInTheLightVersion()
    {
        var page = await portal.OpenPageAsync("/fr/countries/br?lite=1");

        Assert.Empty(page.QuerySelectorAll("svg.chart-svg"));
        Assert.Empty(page.QuerySelectorAll("main img"));
        var link = page.QuerySelector("#series-msme-density .chart-on-demand a")!;
        Assert.Equal("Afficher le graphique", link.TextContent);
        Assert.Equal("http://localhost/embed/fr/countries/br/series/msme_density", link.GetAttribute("href"));
        Assert.Null(page.QuerySelector("script[src*='charts.js']"));
        Assert.Equal("Version complète", page.QuerySelector(".bandwidth-switch a")!.TextContent.Trim());
    }

    private Task<List<(string Period, double Value)>> StoredAsync(string iso2, string code) =>
        portal.QueryAsync(async db => (await db.Observations.AsNoTracking()
                .Where(o => o.Indicator!.Code == code && db.Countries.Any(c => c.Id == o.CountryId && c.Iso2 == iso2))
                .Select(o => new { o.Period, o.Value }).ToListAsync())
            .OrderBy(o => o.Period, StringComparer.Ordinal).Select(o => (o.Period, o.Value)).ToList());
}
