using System.Globalization;
using ComunidadPyme.FunctionalTests.Support;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Compare;

/// <summary>A country's own figure beside sample ones: downloads and the indicator page flag exactly the sample values.</summary>
public sealed class SampleFlagsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string OwnSource = "Servicio de Impuestos Internos, Estadísticas de empresas";

    [Fact]
    public async Task FlagsExactlyTheSampleValues()
    {
        var client = portal.CreateClient();
        var latestYear = await portal.QueryAsync(async db =>
        {
            var chile = await db.Countries.SingleAsync(c => c.Iso2 == "CL");
            var latest = await db.Observations
                .Where(o => o.CountryId == chile.Id && o.Indicator!.Code == "MSME_DENSITY")
                .OrderByDescending(o => o.Year).FirstAsync();
            latest.IsSample = false;
            latest.SourceNote = OwnSource;
            await db.SaveChangesAsync();
            return latest.Year;
        });

        var csv = await client.GetStringAsync(
            $"/en/compare/data.csv?indicator=MSME_DENSITY&countries=CL,PE&from={latestYear - 1}&to={latestYear}");
        using var reader = new CsvReader(new StringReader(csv.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var rows = new List<(string Iso2, int Year, string Source, string Sample)>();
        while (reader.Read())
        {
            rows.Add((reader.GetField("Country code")!, reader.GetField<int>("Year"), reader.GetField("Source")!, reader.GetField("Sample data")!));
        }

        Assert.Equal((OwnSource, "No"), rows.Where(r => r.Iso2 == "CL" && r.Year == latestYear).Select(r => (r.Source, r.Sample)).Single());
        Assert.Equal(3, rows.Count(r => r.Sample == "Yes"));

        var compare = await HtmlDocument.ParseAsync(await client.GetAsync(
            $"/en/compare?indicator=MSME_DENSITY&countries=CL,PE&from={latestYear - 1}&to={latestYear}&view=line"));
        Assert.Equal(
            $"Sources: Chile: Sample data generated for demonstration — not an official statistic / {OwnSource}; Peru: Sample data generated for demonstration — not an official statistic",
            compare.QuerySelector(".compare-chart + .compare-sources")!.TextContent.Trim());

        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/en/indicators/MSME_DENSITY"));
        Assert.Null(page.QuerySelector("#coverage-heading .sample-badge"));
        Assert.Null(page.QuerySelector("tr[data-iso2=CL] .sample-badge"));
        Assert.NotNull(page.QuerySelector("tr[data-iso2=PE] .sample-badge"));
    }

    [Fact]
    public async Task MarksAnAllSampleIndicatorOnceRatherThanOnEveryRow()
    {
        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/en/indicators/MSME_EMPLOYMENT_SHARE"));

        Assert.NotNull(page.QuerySelector("#coverage-heading .sample-badge"));
        Assert.Empty(page.QuerySelectorAll(".indicator-coverage .sample-badge"));
        Assert.NotEmpty(page.QuerySelectorAll(".indicator-coverage tbody tr"));
    }
}
