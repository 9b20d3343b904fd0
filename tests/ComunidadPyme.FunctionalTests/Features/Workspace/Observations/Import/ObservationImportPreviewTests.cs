using System.Globalization;
using System.Net;
using System.Text;
using ComunidadPyme.Core.Auditing;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.FunctionalTests.Support;
using MiniExcelLibs;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Observations.Import;

/// <summary>A correct file: the preview says what will be added, changed and left alone; confirming writes exactly that.</summary>
public sealed class ObservationImportPreviewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ImportPath = "/en/workspace/br/import";

    private static string Csv(Observation o, string code) =>
        $"{code},{o.Period},{o.Value.ToString("R", CultureInfo.InvariantCulture)},{o.Status.ToString().ToLowerInvariant()},\"{o.SourceNote}\"";

    [Fact]
    public async Task ShowsTheCountsAndConfirmWritesExactlyTheAddedAndChangedRows()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var same2017 = (await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2017"))!;
        var same2018 = (await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2018"))!;
        var changed = (await ObservationsData.ObservationAsync(portal, "BR", "MSME_MICRO_SHARE", "2016"))!;
        var before = await ObservationsData.ObservationsAsync(portal, "BR");
        var lastAudit = await ObservationsData.LastAuditIdAsync(portal);

        var upload = await ImportUpload.CsvAsync(client, ImportPath, ImportUpload.Header,
            "MSME_DENSITY,2025,61.5,provisional,IBGE Cadastro Central de Empresas",
            "msme_count,2025,18500000,Estimated,IBGE",
            "MSME_DENSITY,2015,44.25,final,IBGE",
            $"MSME_MICRO_SHARE,2016,{changed.Value.ToString("R", CultureInfo.InvariantCulture)},provisional,IBGE",
            Csv(same2017, "MSME_DENSITY"),
            Csv(same2018, "MSME_DENSITY"),
            "MSME_EXPORT_SHARE,2019,,,");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var preview = await HtmlDocument.ParseAsync(await client.GetAsync(upload.Headers.Location));
        Assert.Equal("Values to add: 2", preview.QuerySelector("[data-count=added]")!.TextContent.Trim());
        Assert.Equal("Values to change: 2", preview.QuerySelector("[data-count=changed]")!.TextContent.Trim());
        Assert.Equal("Values already saved as in the file, left as they are: 2", preview.QuerySelector("[data-count=unchanged]")!.TextContent.Trim());
        Assert.Equal("Rows without a value, left out: 1", preview.QuerySelector("[data-count=skipped]")!.TextContent.Trim());
        Assert.Equal(["4", "5"], preview.QuerySelectorAll("table[data-preview=changed] tr[data-row]").Select(r => r.GetAttribute("data-row")));
        Assert.Contains("44.25", preview.QuerySelector("table[data-preview=changed] tr[data-row='4'] .preview-new")!.TextContent);
        Assert.Equal(before.Count, (await ObservationsData.ObservationsAsync(portal, "BR")).Count);

        var confirm = await ImportUpload.ConfirmAsync(client, upload.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var done = await HtmlDocument.ParseAsync(await client.GetAsync(confirm.Headers.Location));
        Assert.Contains("Imported. Added: 2; changed: 2; left as they were: 2.", done.QuerySelector("#import-message")!.TextContent);
        var after = await ObservationsData.ObservationsAsync(portal, "BR");
        Assert.Equal(before.Count + 2, after.Count);
        var added = (await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2025"))!;
        Assert.Equal((61.5, ObservationStatus.Provisional, "IBGE Cadastro Central de Empresas", false), (added.Value, added.Status, added.SourceNote, added.IsSample));
        Assert.Equal(18_500_000, (await ObservationsData.ObservationAsync(portal, "BR", "MSME_COUNT", "2025"))!.Value);
        Assert.Equal(44.25, (await ObservationsData.ObservationAsync(portal, "BR", "MSME_DENSITY", "2015"))!.Value);
        var statusChanged = (await ObservationsData.ObservationAsync(portal, "BR", "MSME_MICRO_SHARE", "2016"))!;
        Assert.Equal((ObservationStatus.Provisional, "IBGE", false), (statusChanged.Status, statusChanged.SourceNote, statusChanged.IsSample));
        var unchanged = after.Single(o => o.Id == same2017.Id);
        Assert.Equal((same2017.Version, true), (unchanged.Version, unchanged.IsSample));

        var audit = await ObservationsData.AuditSinceAsync(portal, lastAudit);
        Assert.Equal(4, audit.Count);
        Assert.Equal(2, audit.Count(a => a.Action == AuditAction.Created));
        Assert.Equal(2, audit.Count(a => a.Action == AuditAction.Updated));
    }

    [Fact]
    public async Task ImportsAnExcelWorkbook()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[]
        {
            new Dictionary<string, object?> { ["indicator_code"] = "SME_LOAN_SHARE", ["year"] = 2025, ["value"] = 27.75, ["status"] = "estimated", ["source_note"] = "Banco Central do Brasil" },
            new Dictionary<string, object?> { ["indicator_code"] = "SME_NPL_RATIO", ["year"] = "2025", ["value"] = "3.5", ["status"] = "final", ["source_note"] = "Banco Central do Brasil" },
        });

        var upload = await ImportUpload.FileAsync(client, ImportPath, workbook.ToArray(), "values.xlsx", "application/octet-stream");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var preview = await HtmlDocument.ParseAsync(await client.GetAsync(upload.Headers.Location));
        Assert.Equal("Values to add: 2", preview.QuerySelector("[data-count=added]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await ImportUpload.ConfirmAsync(client, upload.Headers.Location!.OriginalString)).StatusCode);
        var loans = (await ObservationsData.ObservationAsync(portal, "BR", "SME_LOAN_SHARE", "2025"))!;
        Assert.Equal((27.75, ObservationStatus.Estimated), (loans.Value, loans.Status));
        Assert.Equal(3.5, (await ObservationsData.ObservationAsync(portal, "BR", "SME_NPL_RATIO", "2025"))!.Value);
    }

    [Fact]
    public async Task ReadsASpanishSemicolonFileWithDecimalCommas()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var ansi = CodePagesEncodingProvider.Instance.GetEncoding(1252)!
            .GetBytes("indicator_code;year;value;status;source_note\nMSME_GDP_SHARE;2025;38,5;provisional;Estadística “nacional” €\n");

        var upload = await ImportUpload.FileAsync(client, "/es/workspace/br/import", ansi, "valores.csv", "text/csv");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var preview = await HtmlDocument.ParseAsync(await client.GetAsync(upload.Headers.Location));
        Assert.Equal("Revise la importación: Brasil", preview.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Valores por agregar: 1", preview.QuerySelector("[data-count=added]")!.TextContent.Trim());
        Assert.StartsWith("El texto se leyó como Windows-1252 («ANSI»).", preview.QuerySelector(".import-encoding")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await ImportUpload.ConfirmAsync(client, upload.Headers.Location!.OriginalString)).StatusCode);
        var saved = (await ObservationsData.ObservationAsync(portal, "BR", "MSME_GDP_SHARE", "2025"))!;
        Assert.Equal((38.5, "Estadística “nacional” €"), (saved.Value, saved.SourceNote));
    }

    [Fact]
    public async Task AFormulaLikeSourceIsStoredAsTextAndEscapedInTheCsvDownload()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);

        var upload = await ImportUpload.CsvAsync(client, ImportPath, ImportUpload.Header, "MSME_INNOVATION_SHARE,2025,22,final,=1+1");
        Assert.Equal(HttpStatusCode.Redirect, (await ImportUpload.ConfirmAsync(client, upload.Headers.Location!.OriginalString)).StatusCode);

        Assert.Equal("=1+1", (await ObservationsData.ObservationAsync(portal, "BR", "MSME_INNOVATION_SHARE", "2025"))!.SourceNote);
        var template = await client.GetStringAsync(ImportPath + "/template.csv");
        Assert.Contains("MSME_INNOVATION_SHARE,2025,22,final,", template);
        Assert.Contains("'=1+1", template);
        Assert.DoesNotContain(",=1+1", template);
    }

    [Fact]
    public async Task ConfirmingAfterSomeoneChangedAValueWritesNothing()
    {
        var client = await ObservationsSignIn.AsAsync(portal, ObservationsSignIn.FocalBrazil);
        var upload = await ImportUpload.CsvAsync(client, ImportPath, ImportUpload.Header,
            "MSME_EMPLOYMENT_SHARE,2025,58,final,IBGE",
            "MSME_EMPLOYMENT_SHARE,2016,59,final,IBGE");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        await ObservationsData.SaveDirectlyAsync(portal, "BR", "MSME_EMPLOYMENT_SHARE", "2016", 57.125);

        var confirm = await ImportUpload.ConfirmAsync(client, upload.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
        var page = await HtmlDocument.ParseAsync(confirm);
        Assert.Contains("Nothing was imported: some values were changed by someone else after your preview (rows 3).", page.QuerySelector("#import-message")!.TextContent);
        Assert.Null(await ObservationsData.ObservationAsync(portal, "BR", "MSME_EMPLOYMENT_SHARE", "2025"));
        Assert.Equal(57.125, (await ObservationsData.ObservationAsync(portal, "BR", "MSME_EMPLOYMENT_SHARE", "2016"))!.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(upload.Headers.Location)).StatusCode);
    }
}
