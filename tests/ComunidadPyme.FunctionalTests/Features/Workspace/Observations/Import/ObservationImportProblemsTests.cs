using System.Globalization;
using System.Net;
using System.Text;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Observations.Import;

/// <summary>A file with problems: every problem is listed with its row and column, and nothing is written.</summary>
public sealed class ObservationImportProblemsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ImportPath = "/en/workspace/br/import";

    private async Task<(IReadOnlyList<string> Problems, HttpResponseMessage Response)> UploadAsync(params string[] rows)
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var response = await ImportUpload.CsvAsync(client, ImportPath, rows);
        var page = await HtmlDocument.ParseAsync(response);
        return (page.QuerySelectorAll("#import-problems li").Select(li => li.TextContent.Trim()).ToList(), response);
    }

    [Fact]
    public async Task OneBadRowAmongAHundredGoodOnesWritesNothing()
    {
        var indicators = await ObservationsData.QueryAsync(portal, db => db.Indicators.AsNoTracking()
            .OrderBy(i => i.SortOrder).Take(5).ToListAsync());
        var rows = new List<string> { ImportUpload.Header };
        foreach (var indicator in indicators)
        {
            var middle = ((indicator.MinValue ?? 0) + (indicator.MaxValue ?? 100)) / 2;
            rows.AddRange(Enumerable.Range(1994, 20).Select(year =>
                $"{indicator.Code},{year},{middle.ToString(CultureInfo.InvariantCulture)},final,National statistics office"));
        }

        rows.Insert(56, "MSME_DENSITY,1990,twelve,final,National statistics office");
        var before = await ObservationsData.ObservationsAsync(portal, "BR");

        var (problems, response) = await UploadAsync([.. rows]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = Assert.Single(problems);
        Assert.Equal("Row 57, column value: Enter a number without thousands separators, e.g. 1234.5.", problem);
        Assert.Equal(before.Count, (await ObservationsData.ObservationsAsync(portal, "BR")).Count);
    }

    [Fact]
    public async Task EachKindOfProblemIsReportedWithItsRowAndColumn()
    {
        var thisYear = DateTime.UtcNow.Year;
        var (problems, _) = await UploadAsync(ImportUpload.Header,
            "NOT_AN_INDICATOR,2019,10,final,INE",
            "MSME_DENSITY,2019,600,final,INE",
            "MSME_DENSITY,2200,10,final,INE",
            "MSME_DENSITY,20x9,10,final,INE",
            "MSME_DENSITY,2019-Q2,10,final,INE",
            "MSME_DENSITY,2018,10,maybe,INE",
            "MSME_DENSITY,2017,10,final,",
            "MSME_DENSITY,2012,10,final,INE",
            "MSME_DENSITY,2012,11,final,INE",
            "\"'; DROP TABLE Observations; --\",2019,<script>alert(1)</script>,final,INE",
            ",2019,10,final,INE",
            $"MSME_DENSITY,{thisYear + 1},10,final,INE");

        Assert.Equal(
        [
            "Row 2, column indicator_code: Unknown indicator code “NOT_AN_INDICATOR”.",
            "Row 3, column value: Enter a value from 0 to 500 (MSMEs per 1,000 people).",
            $"Row 4, column year: The year must be from 1950 to {thisYear}.",
            "Row 5, column year: “20x9” is not a period: write a year (2023), a quarter (2023-Q2) or a month (2023-05).",
            "Row 6, column year: This indicator is annual: write the year only, e.g. 2023.",
            "Row 7, column status: Unknown status “maybe”: use final, provisional, estimated.",
            "Row 8, column source_note: Enter the source of this value.",
            "Row 10, column year: Row 9 already has a value of MSME_DENSITY for 2012.",
            "Row 11, column indicator_code: Unknown indicator code “'; DROP TABLE Observations; --”.",
            "Row 11, column value: Enter a number without thousands separators, e.g. 1234.5.",
            "Row 12, column indicator_code: Enter the indicator code.",
            $"Row 13, column year: The year must be from 1950 to {thisYear}.",
        ], problems);
        Assert.Null(await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2012"));
    }

    [Theory]
    [InlineData("code,year,value,status,source_note", "Row 1, column code: Unknown column.")]
    [InlineData("indicator_code,year,status,source_note", "Row 1, column value: This column is missing.")]
    [InlineData("indicator_code,year,value,value,status,source_note", "Row 1, column value: This column appears twice.")]
    [InlineData("", "Row 1: The file is empty.")]
    public async Task AWrongHeaderIsExplained(string header, string expected)
    {
        var (problems, response) = await UploadAsync(header, header.Length == 0 ? "" : "MSME_DENSITY,2019,10,final,INE");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFileThatIsNeitherCsvNorAWorkbookIsRefusedWithAMessage()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var fakeWorkbook = Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not a zip archive at all");

        var response = await ImportUpload.FileAsync(client, ImportPath, fakeWorkbook, "values.xlsx", "application/octet-stream");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Contains("The file could not be read.", page.QuerySelector("#import-problems")!.TextContent);
    }

    [Fact]
    public async Task AFileOverTenMegabytesIsRefusedWithAMessage()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var before = await ObservationsData.ObservationsAsync(portal, "BR");
        var big = Encoding.ASCII.GetBytes(ImportUpload.Header + "\n" + string.Concat(Enumerable.Repeat("MSME_DENSITY,2019,10,final,INE\n", 11 * 1024 * 1024 / 31)));
        Assert.True(big.Length > 11 * 1000 * 1000);

        var response = await ImportUpload.FileAsync(client, ImportPath, big, "big.csv", "text/csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Contains("The file is larger than 10 MB and was not imported.", page.QuerySelector("#import-message")!.TextContent);
        Assert.Equal(before.Count, (await ObservationsData.ObservationsAsync(portal, "BR")).Count);
    }

    [Fact]
    public async Task AFileJustOverTenMegabytesIsRefusedToo()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var justOver = new byte[10 * 1024 * 1024 + 1];
        Array.Fill(justOver, (byte)'x');

        var response = await ImportUpload.FileAsync(client, ImportPath, justOver, "big.csv", "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Contains("The file is larger than 10 MB and was not imported.", page.QuerySelector("#import-problems")!.TextContent);
    }

    [Fact]
    public async Task ALargeFileIsCheckedInFullAndQuickly()
    {
        // About 200,000 rows in under 10 MB: every row after the first catalogue pass repeats a period.
        var builder = new StringBuilder(ImportUpload.Header).Append('\n');
        for (var i = 0; i < 200_000; i++)
        {
            builder.Append("MSME_DENSITY,").Append(1950 + i % 70).Append(",10,final,INE\n");
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var response = await ImportUpload.FileAsync(client, ImportPath, Encoding.ASCII.GetBytes(builder.ToString()), "large.csv", "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), $"Checking took {started.Elapsed}");
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Contains("Problems found: 199,930.", page.QuerySelector("#import-problems")!.TextContent);
        Assert.Contains("… and 199,430 more.", page.QuerySelector("#import-problems")!.TextContent);
    }
}
