using System.Globalization;
using System.Net;
using System.Text.Json;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.CountryProfile;

/// <summary>data.csv, data.xlsx and data.json of a profile. Writes an observation, so it has its own portal.</summary>
public sealed class CountryDataDownloadsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string HostileNote = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private async Task<int> ObservationCountAsync(string iso2)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Observations.CountAsync(o => db.Countries.Any(c => c.Id == o.CountryId && c.Iso2 == iso2));
    }

    private static List<string[]> ReadCsv(string text)
    {
        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.Parser.Count).Select(i => reader.GetField(i)!).ToArray());
        }

        return rows;
    }

    [Fact]
    public async Task GivesACsvWithAHeaderAndOneRowPerObservation()
    {
        var response = await portal.CreateClient().GetAsync("/en/countries/PE/data.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("comunidad-pyme-pe-data.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var rows = ReadCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            ["indicator_code", "indicator_name", "period", "year", "value", "unit", "status", "source_note", "is_sample"],
            rows[0].Select(h => h.TrimStart('\uFEFF')));
        Assert.Equal(await ObservationCountAsync("PE"), rows.Count - 1);
        Assert.Contains(rows, r => r[0] == "MSME_COUNT" && r[1] == "Number of MSMEs" && r[2] == "2020");
    }

    [Fact]
    public async Task NamesIndicatorsInTheVisitorsLanguage()
    {
        var rows = ReadCsv(await portal.CreateClient().GetStringAsync("/es/countries/pe/data.csv"));

        Assert.Contains(rows, r => r[0] == "MSME_COUNT" && r[1] == "Número de MIPYME");
    }

    [Fact]
    public async Task EscapesASourceNoteThatASpreadsheetWouldRunAsAFormula()
    {
        var client = portal.CreateClient();
        _ = await client.GetStringAsync("/en/countries/br/data.csv");
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var brazil = await db.Countries.SingleAsync(c => c.Iso2 == "BR");
            var indicator = await db.Indicators.SingleAsync(i => i.Code == "MSME_COUNT");
            var observation = new Observation
            {
                CountryId = brazil.Id, IndicatorId = indicator.Id, Value = 1, SourceNote = HostileNote, IsSample = true,
            };
            observation.SetPeriod(ReportingPeriod.OfYear(2013));
            db.Observations.Add(observation);
            await db.SaveChangesAsync();
        }

        var csv = await client.GetStringAsync("/en/countries/br/data.csv");

        var row = Assert.Single(ReadCsv(csv), r => r[0] == "MSME_COUNT" && r[2] == "2013");
        Assert.Equal("'" + HostileNote, row[7]);
        Assert.Equal(await ObservationCountAsync("BR"), ReadCsv(csv).Count - 1);
    }

    [Fact]
    public async Task GivesAnXlsxWorkbook()
    {
        var response = await portal.CreateClient().GetAsync("/fr/countries/mx/data.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 1000);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task GivesTheWholePublicProfileAsJson()
    {
        var response = await portal.CreateClient().GetAsync("/en/countries/mx/data.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("MX", root.GetProperty("country").GetProperty("iso2").GetString());
        Assert.Equal(await ObservationCountAsync("MX"), root.GetProperty("observations").GetArrayLength());
        var definition = root.GetProperty("definitions")[0];
        Assert.Equal("WeightedScore", definition.GetProperty("method").GetString());
        Assert.Equal(7, definition.GetProperty("thresholds").GetArrayLength());
        Assert.True(root.GetProperty("laws").GetArrayLength() > 0);
        Assert.True(root.GetProperty("programmes").GetArrayLength() > 0);
        Assert.DoesNotContain("alternate.mx@example.org", text);
        Assert.Contains("focal.point.mx@example.org", text);
    }

    [Theory]
    [InlineData("/en/countries/zz/data.csv")]
    [InlineData("/en/countries/12/data.xlsx")]
    [InlineData("/en/countries/x/data.json")]
    public async Task AnswersNotFoundForAnUnknownCountry(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
