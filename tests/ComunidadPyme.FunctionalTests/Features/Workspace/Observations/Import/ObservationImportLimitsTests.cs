using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using ComunidadPyme.FunctionalTests.Support;
using MiniExcelLibs;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Observations.Import;

/// <summary>
/// Uploads under the size limit that expand when read are refused at the first reading limit they pass,
/// quickly, with the limit named on the import page, and nothing is written; a large legitimate file still works.
/// </summary>
public sealed class ObservationImportLimitsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>The benchmark measures the real time (the target is 5 s); this only catches a file read whole again.</summary>
    private static readonly TimeSpan s_quickly = TimeSpan.FromSeconds(15);

    private async Task<string> RefusalAsync(byte[] content, string fileName, string lang = "en")
    {
        Assert.True(content.Length < 10 * 1024 * 1024, $"{fileName} is {content.Length} bytes");
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var before = (await ObservationsData.ObservationsAsync(portal, "BR")).Count;
        var started = Stopwatch.StartNew();

        var response = await ImportUpload.FileAsync(client, $"/{lang}/workspace/br/import", content, fileName, "application/octet-stream");

        Assert.True(started.Elapsed < s_quickly, $"{fileName} was answered in {started.Elapsed}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, (await ObservationsData.ObservationsAsync(portal, "BR")).Count);
        var page = await HtmlDocument.ParseAsync(response);
        return Assert.Single(page.QuerySelectorAll("#import-problems li")).TextContent.Trim();
    }

    [Fact]
    public async Task AWorkbookWithOneHugeCellIsRefusedAtTheCellLimit()
    {
        var bomb = ExpandingFiles.WorkbookWithHugeCell(640L * 1024 * 1024);

        Assert.Equal("A cell in row 3 is longer than 4,000 characters; the limit is 4,000.", await RefusalAsync(bomb, "values.xlsx"));
    }

    [Theory]
    [InlineData(1_000_001, 1, "The workbook holds more than 1,000,000 different texts; the limit is 1,000,000.")]
    [InlineData(10_000, 3_500, "The workbook's texts add up to more than 32,000,000 characters; the limit is 32,000,000.")]
    public async Task AWorkbookWithTooManySharedTextsIsRefused(int count, int length, string message)
    {
        var bomb = ExpandingFiles.WorkbookWithSharedTexts(count, length);

        Assert.Equal(message, await RefusalAsync(bomb, "values.xlsx"));
    }

    [Fact]
    public async Task ACsvOfTenMillionCommasIsRefusedAtTheColumnLimitInTheLanguageOfThePage()
    {
        var commas = ExpandingFiles.CsvOfCommas(10_000_000);

        Assert.Equal("La fila 1 tiene más de 200 columnas; el límite es de 200.", await RefusalAsync(commas, "valores.csv", "es"));
    }

    [Fact]
    public async Task AVeryLongColumnNameIsRefused()
    {
        var header = Encoding.UTF8.GetBytes(ImportUpload.Header + "," + new string('x', 1_000_000) + "\nMSME_DENSITY,2019,10,final,INE\n");

        Assert.Equal("A cell in row 1 is longer than 4,000 characters; the limit is 4,000.", await RefusalAsync(header, "values.csv"));
        Assert.Equal("A column name in row 1 is longer than 100 characters; the limit is 100.",
            await RefusalAsync(Encoding.UTF8.GetBytes(ImportUpload.Header + "," + new string('x', 101) + "\n"), "values.csv"));
    }

    [Fact]
    public async Task AFileWithTooManyRowsIsRefused()
    {
        var rows = Encoding.ASCII.GetBytes(ImportUpload.Header + "\n" + string.Concat(Enumerable.Repeat("MSME_DENSITY,2019,,final,INE\n", 250_001)));

        Assert.Equal("Row 250002: The file has more than 250,000 rows: split it into smaller files.", await RefusalAsync(rows, "values.csv"));
    }

    [Theory]
    [InlineData("dtd", "The workbook contains an XML document type declaration (DTD), which is not accepted. Save it again from your spreadsheet program.")]
    [InlineData("no-sheet", "The workbook has no sheet.")]
    [InlineData("protected", "The file is a password-protected workbook or an old Excel (.xls) file. Save it as Excel (.xlsx) without a password, or as CSV, and try again.")]
    public async Task AWorkbookThatCannotBeReadSafelyIsRefusedWithItsReason(string kind, string message)
    {
        var content = kind switch
        {
            "dtd" => ExpandingFiles.WorkbookWithDocumentType(),
            "no-sheet" => ExpandingFiles.WorkbookWithoutSheets(),
            _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
        };

        Assert.Equal(message, await RefusalAsync(content, "values.xlsx"));
    }

    [Fact]
    public async Task AWorkbookOfTwoHundredThousandRowsStillPreviews()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        using var workbook = new MemoryStream();
        workbook.SaveAs(Enumerable.Range(0, 200_000).Select(i => new Dictionary<string, object?>
        {
            ["indicator_code"] = "MSME_DENSITY",
            ["year"] = i == 0 ? 2025 : 1950 + i % 70,
            ["value"] = i == 0 ? 61.5 : null,
            ["status"] = "provisional",
            ["source_note"] = "IBGE Cadastro Central de Empresas " + i.ToString(CultureInfo.InvariantCulture),
        }));

        var upload = await ImportUpload.FileAsync(client, "/en/workspace/br/import", workbook.ToArray(), "large.xlsx", "application/octet-stream");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var preview = await HtmlDocument.ParseAsync(await client.GetAsync(upload.Headers.Location));
        Assert.Equal("Values to add: 1", preview.QuerySelector("[data-count=added]")!.TextContent.Trim());
        Assert.Equal("Rows without a value, left out: 199,999", preview.QuerySelector("[data-count=skipped]")!.TextContent.Trim());
    }
}
