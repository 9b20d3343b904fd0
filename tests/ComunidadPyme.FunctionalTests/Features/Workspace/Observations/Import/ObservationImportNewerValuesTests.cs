using System.Globalization;
using System.Net;
using System.Text;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.FunctionalTests.Support;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Observations.Import;

/// <summary>
/// A template uploaded after others saved newer values: the preview names each such cell, the saved value stays
/// unless the person chooses the file's, and a sample note never becomes the source of an own figure.
/// </summary>
public sealed class ObservationImportNewerValuesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ImportPath = "/en/workspace/br/import";
    private const string SampleNote = "Sample data generated for demonstration — not an official statistic";

    [Fact]
    public async Task KeepsValuesSavedSinceTheDownloadUnlessThePersonChoosesTheFilesValue()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var template = await TemplateAsync(client);
        // Someone else saves three values after the download.
        await SaveElsewhereAsync(("MSME_DENSITY", "2022", 71.5), ("MSME_DENSITY", "2023", 72.5), ("MSME_MICRO_SHARE", "2023", 88.5));
        // The person edits two of those cells and one untouched by others; the third newer cell is left as downloaded.
        var density2022 = Edit(template, "MSME_DENSITY", "2022", "60.25", "IBGE CEMPRE 2022");
        var density2023 = Edit(template, "MSME_DENSITY", "2023", "61.25", "IBGE CEMPRE 2023");
        var loans = Edit(template, "SME_LOAN_SHARE", "2023", "27.5", "Banco Central do Brasil");
        var micro = template.FindIndex(r => r[0] == "MSME_MICRO_SHARE" && r[1] == "2023") + 1;

        var upload = await ImportUpload.FileAsync(client, ImportPath, Write(template), "template.csv", "text/csv");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var preview = await HtmlDocument.ParseAsync(await client.GetAsync(upload.Headers.Location));
        Assert.Equal("3 cells changed since you downloaded this file", preview.QuerySelector("#preview-newer")!.TextContent.Trim());
        Assert.Equal("Values saved by someone else since you downloaded the file: 3", preview.QuerySelector("[data-count=newer]")!.TextContent.Trim());
        var newer = preview.QuerySelectorAll("table[data-preview=newer] tr[data-row]").ToDictionary(r => int.Parse(r.GetAttribute("data-row")!, CultureInfo.InvariantCulture));
        Assert.Equal(new[] { density2022, density2023, micro }.Order(), newer.Keys.Order());
        Assert.Contains("71.5", newer[density2022].QuerySelector(".preview-old")!.TextContent);
        Assert.Contains("60.25", newer[density2022].QuerySelector(".preview-new")!.TextContent);
        Assert.NotNull(newer[density2022].QuerySelector($"input[type=checkbox][name=replaceNewer][value='{density2022}']"));
        Assert.Null(newer[micro].QuerySelector("input"));
        Assert.Contains("The file holds the sample value as downloaded: the saved value stays.", newer[micro].TextContent);
        Assert.Equal("Values to change: 1", preview.QuerySelector("[data-count=changed]")!.TextContent.Trim());

        var confirm = await ImportUpload.ConfirmAsync(client, upload.Headers.Location!.OriginalString, density2022, micro);

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var done = await HtmlDocument.ParseAsync(await client.GetAsync(confirm.Headers.Location));
        Assert.Contains("newer values kept: 2.", done.QuerySelector("#import-message")!.TextContent);
        Assert.Equal((60.25, "IBGE CEMPRE 2022", false), await StoredAsync("MSME_DENSITY", "2022"));
        Assert.Equal((72.5, "Ministério do Empreendedorismo", false), await StoredAsync("MSME_DENSITY", "2023"));
        Assert.Equal((88.5, "Ministério do Empreendedorismo", false), await StoredAsync("MSME_MICRO_SHARE", "2023"));
        Assert.Equal((27.5, "Banco Central do Brasil", false), await StoredAsync("SME_LOAN_SHARE", "2023"));
    }

    [Fact]
    public async Task RefusesTheSampleNoteAsTheSourceOfAChangedValue()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var before = await StoredAsync("MSME_EXPORT_SHARE", "2021");

        var upload = await ImportUpload.CsvAsync(client, "/es/workspace/br/import", ImportUpload.Header,
            $"MSME_EXPORT_SHARE,2021,12.5,final,\"{SampleNote}\"");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        var page = await HtmlDocument.ParseAsync(upload);
        Assert.Contains("Fila 2, columna source_note: La fuente sigue siendo la nota de muestra del portal, pero este valor es nuevo o cambió: escriba de dónde proviene esta cifra.",
            page.QuerySelector("#import-problems")!.TextContent);
        Assert.Equal(before, await StoredAsync("MSME_EXPORT_SHARE", "2021"));
    }

    [Fact]
    public async Task RefusesAVersionThePortalDidNotWrite()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);

        var upload = await ImportUpload.CsvAsync(client, ImportPath, ImportUpload.Header + ",version",
            "MSME_EXPORT_SHARE,2021,12.5,final,IBGE,not-a-version");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        var page = await HtmlDocument.ParseAsync(upload);
        Assert.Contains("Row 2, column version: This is not a version the portal wrote.", page.QuerySelector("#import-problems")!.TextContent);
    }

    private static async Task<List<string[]>> TemplateAsync(HttpClient client)
    {
        var text = await client.GetStringAsync($"{ImportPath}/template.csv");
        using var reader = new CsvReader(new StringReader(text.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }

    /// <returns>The row number of the edited line, as the preview counts it (the header is row 1).</returns>
    private static int Edit(List<string[]> template, string code, string year, string value, string source)
    {
        var index = template.FindIndex(r => r[0] == code && r[1] == year);
        template[index][2] = value;
        template[index][3] = "final";
        template[index][4] = source;
        return index + 1;
    }

    private static byte[] Write(List<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private Task<int> SaveElsewhereAsync(params (string Code, string Period, double Value)[] values) =>
        ObservationsData.QueryAsync(portal, async db =>
        {
            var brazil = await db.Countries.SingleAsync(c => c.Iso2 == "BR");
            foreach (var (code, period, value) in values)
            {
                var observation = await db.Observations.SingleAsync(o =>
                    o.CountryId == brazil.Id && o.Indicator!.Code == code && o.Period == period);
                observation.Value = value;
                observation.Status = ObservationStatus.Final;
                observation.SourceNote = "Ministério do Empreendedorismo";
                observation.IsSample = false;
            }

            return await db.SaveChangesAsync();
        });

    private async Task<(double Value, string Source, bool IsSample)?> StoredAsync(string code, string period) =>
        await ObservationsData.ObservationAsync(portal, "BR", code, period) is { } o ? (o.Value, o.SourceNote, o.IsSample) : null;
}
