using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.FunctionalTests.Support;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.OpenData;

[Collection(PortalCollection.Name)]
public sealed class OpenDataDownloadsTests(PortalFactory portal)
{
    [Fact]
    public async Task GivesEachIndicatorAsCsvWithARowPerObservation()
    {
        var count = await ApiResponses.QueryAsync(portal, db => db.Observations.CountAsync(o => o.Indicator!.Code == "SME_LOAN_SHARE"));

        var response = await portal.CreateClient().GetAsync("/downloads/indicators/SME_LOAN_SHARE.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("SME_LOAN_SHARE.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var rows = await CsvRowsAsync(response);
        Assert.Equal(
            "country_iso2,country_name_en,indicator_code,period,year,value,unit_en,status,source_note,is_sample",
            string.Join(',', rows[0]));
        Assert.True(count > 0);
        Assert.Equal(count, rows.Count - 1);
        Assert.All(rows.Skip(1), row => Assert.Equal("SME_LOAN_SHARE", row[2]));
    }

    [Fact]
    public async Task AnswersNotFoundForAnUnknownIndicatorFile()
    {
        var response = await portal.CreateClient().GetAsync("/downloads/indicators/NOPE.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GivesAllValuesAsSdmxCsvWithEachValuesStatus()
    {
        // Sample values are all "estimated" (E): generated figures never claim an official release (A or P); the
        // mapping of every status is unit-tested in SdmxObservationTableTests.
        var value = await ApiResponses.QueryAsync(portal, db => (
                from o in db.Observations
                join c in db.Countries on o.CountryId equals c.Id
                where o.Indicator!.Code == "MSME_COUNT" && c.Iso2 == "BR"
                orderby o.Period
                select new { o.Period, o.Value, o.Status, o.IsSample })
            .FirstAsync());
        var total = await ApiResponses.QueryAsync(portal, db => db.Observations.CountAsync());

        var response = await portal.CreateClient().GetAsync("/downloads/observations.sdmx.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'D', bytes[0]);
        var rows = Parse(Encoding.UTF8.GetString(bytes));
        Assert.Equal(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,COMMENT_OBS,SAMPLE_DATA",
            string.Join(',', rows[0]));
        Assert.Equal(total, rows.Count - 1);
        var row = rows.Single(r => r[1] == "BR" && r[2] == "MSME_COUNT" && r[3] == value.Period);
        Assert.Equal("OAS:MSME_INDICATORS(1.0)", row[0]);
        Assert.Equal(value.Value, double.Parse(row[4], CultureInfo.InvariantCulture));
        Assert.True(value.IsSample);
        Assert.Equal((ObservationStatus.Estimated, "E"), (value.Status, row[5]));
        Assert.DoesNotContain(rows.Skip(1), r => r[^1] == "true" && r[5] is "A" or "P");
    }

    [Fact]
    public async Task GivesEverythingInOneZipWithAReadme()
    {
        var observations = await ApiResponses.QueryAsync(portal, db => db.Observations.CountAsync());

        var response = await portal.CreateClient().GetAsync("/downloads/comunidad-pyme-data.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(
            new[]
            {
                "countries.csv", "definitions.csv", "indicators.csv", "legal-instruments.csv", "observations.csv",
                "observations.sdmx.csv", "programmes.csv", "README.txt",
            }.Order(StringComparer.Ordinal),
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var readme = await ReadAsync(zip, "README.txt");
        Assert.Contains("is_sample=true", readme);
        Assert.Contains("not official statistics", readme);
        Assert.Contains("CC BY 4.0", readme);
        Assert.Contains("max_turnover", readme);
        Assert.Equal(observations, Parse(await ReadAsync(zip, "observations.csv")).Count - 1);
        Assert.Equal(36, Parse(await ReadAsync(zip, "countries.csv")).Count);
        Assert.Contains(Parse(await ReadAsync(zip, "definitions.csv")), row => row[1] == "MX" && row[9] == "WeightedScore");
    }

    private static async Task<string> ReadAsync(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    internal static async Task<List<string[]>> CsvRowsAsync(HttpResponseMessage response) =>
        Parse(await response.Content.ReadAsStringAsync());

    internal static List<string[]> Parse(string csvText)
    {
        using var csv = new CsvReader(new StringReader(csvText.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Parser.Record!);
        }

        return rows;
    }
}
