using System.Net;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace ComunidadPyme.FunctionalTests.Features.Progress;

/// <summary>
/// The public matrix's two tracks: the reviewer's level only for accepted reports, gaps flagged, the change since
/// the previous cycle, filters and downloads. A portal of its own: the tests add reports and an earlier cycle.
/// </summary>
public sealed class ProgressMatrixTracksTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task NeverShowsANonAcceptedReportNorItsReviewersLevel()
    {
        var submitted = await ReportAsync("BR", ProgressLevel.Planned, AssessmentLevel.ImplementedMonitoredAndEvaluated, accept: false);
        var column = await ColumnAsync(submitted.PrincipleId);

        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/en/progress"));
        var csv = await (await portal.CreateClient().GetAsync("/en/progress/matrix.csv")).Content.ReadAsStringAsync();

        Assert.Null(page.QuerySelector($"tr[data-iso2='BR'] td.progress-cell[data-column='{column}']"));
        Assert.All(page.QuerySelectorAll("td.progress-cell"), td => Assert.Equal(nameof(WorkflowState.Accepted), td.GetAttribute("data-state")));
        Assert.Empty(page.QuerySelectorAll(".state-badge"));
        var principleNumber = column.Split('/')[^1];
        Assert.DoesNotContain(csv.Split('\n'), line => line.StartsWith("BRA,BR,", StringComparison.Ordinal)
            && line.Contains($",{(column.StartsWith("areas/", StringComparison.Ordinal) ? "AreaOfEmphasis" : "Principle")},{principleNumber},", StringComparison.Ordinal));
        Assert.DoesNotContain(",state,", csv.Split('\n')[0]);
    }

    [Fact]
    public async Task ShowsTheReviewersLevelOfAnAcceptedReportBesideTheCountrysAndFlagsAGap()
    {
        var accepted = await ReportAsync("CL", ProgressLevel.Planned, AssessmentLevel.ImplementedWithResources, accept: true);
        var column = await ColumnAsync(accepted.PrincipleId);

        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/en/progress"));

        var cell = page.QuerySelector($"tr[data-iso2='CL'] td.progress-cell[data-column='{column}']")!;
        Assert.Equal("Planned", cell.QuerySelector(".track-country .level-name")!.TextContent.Trim());
        Assert.Contains("Implemented with resources", cell.QuerySelector(".track-reviewer")!.TextContent);
        Assert.Equal("Gap of 2 levels", cell.QuerySelector(".gap-flag")!.TextContent.Trim());
    }

    [Fact]
    public async Task ShowsTheChangeSinceThePreviousCycle()
    {
        var current = await ReportAsync("AR", ProgressLevel.Advanced, AssessmentLevel.FrameworkAdopted, accept: true);
        var earlier = await portal.AddAsync(new ReportingCycle
        {
            Name = LocalizedText.Of("Towards the III Dialogue", "Hacia el III Diálogo", "Rumo ao III Diálogo", "Vers le IIIe Dialogue"),
            OpensOn = new DateOnly(2020, 1, 1),
            SubmissionDeadline = new DateOnly(2022, 6, 30),
            Status = ReportingCycleStatus.Closed,
        });
        var before = await portal.AddAsync(new ProgressReport
        {
            CountryId = current.CountryId, PrincipleId = current.PrincipleId, ReportingCycleId = earlier.Id, Level = ProgressLevel.Planned,
        });
        await portal.QueryAsync(async db =>
        {
            var report = await db.ProgressReports.SingleAsync(r => r.Id == before.Id);
            report.Submit("focal@example.org", DateTime.UtcNow);
            report.Assess("reviewer@example.org", DateTime.UtcNow, AssessmentLevel.FrameworkAdopted, "Earlier assessment.");
            report.Accept("reviewer@example.org", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var column = await ColumnAsync(current.PrincipleId);

        var page = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/en/progress"));
        var changes = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync("/es/progress?view=change"));

        var cell = page.QuerySelector($"tr[data-iso2='AR'] td.progress-cell[data-column='{column}']")!;
        Assert.Equal("↑ Change since the previous cycle: up",
            string.Join(' ', cell.QuerySelector(".track-country .level-change")!.TextContent.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("same", cell.QuerySelector(".track-reviewer .change-name")!.TextContent.Trim());
        Assert.Contains("Towards the III Dialogue", page.QuerySelector(".progress-legend")!.TextContent);
        var cambio = changes.QuerySelector($"tr[data-iso2='AR'] td.progress-cell[data-column='{column}']")!;
        Assert.Equal("sube", cambio.QuerySelector(".track-country .change-name")!.TextContent.Trim());
        Assert.Null(cambio.QuerySelector(".level-name"));
        var csv = await (await portal.CreateClient().GetAsync("/en/progress/matrix.csv?region=SouthAmerica")).Content.ReadAsStringAsync();
        Assert.Contains(",4,Advanced,3,FrameworkAdopted,false,Towards the III Dialogue,up,same,", csv);

        // The report's own page says the same, in the visitor's language, with the reviewer's reasons.
        var report = await HtmlDocument.ParseAsync(await portal.CreateClient().GetAsync(
            page.QuerySelector($"tr[data-iso2='AR'] td.progress-cell[data-column='{column}'] a")!.GetAttribute("href")!.Replace("/en/", "/fr/", StringComparison.Ordinal)));
        var levels = report.QuerySelector(".report-levels")!;
        Assert.Equal("en hausse", levels.QuerySelector(".track-country .change-name")!.TextContent.Trim());
        Assert.Contains("Cadre adopté", levels.QuerySelector(".track-reviewer .assessed-name")!.TextContent);
        Assert.Equal("identique", levels.QuerySelector(".track-reviewer .change-name")!.TextContent.Trim());
        Assert.Contains("« Vers le IIIe Dialogue »", levels.TextContent);
        Assert.Equal("Test assessment.", report.QuerySelector(".assessment-rationale")!.TextContent.Trim());
    }

    [Fact]
    public async Task FiltersBySubRegionAndByThePrinciplesOnWomenEntrepreneurs()
    {
        var client = portal.CreateClient();

        var all = await HtmlDocument.ParseAsync(await client.GetAsync("/en/progress"));
        var central = await HtmlDocument.ParseAsync(await client.GetAsync("/en/progress?region=CentralAmerica&women=true"));
        var unknown = await HtmlDocument.ParseAsync(await client.GetAsync("/en/progress?region=Atlantis"));

        Assert.All(central.QuerySelectorAll("tbody tr[data-iso2]"), tr => Assert.Equal(nameof(SubRegion.CentralAmerica), tr.GetAttribute("data-region")));
        Assert.True(central.QuerySelectorAll("thead th[data-column]").Length < all.QuerySelectorAll("thead th[data-column]").Length);
        Assert.Contains("“Atlantis” is not a sub-region", unknown.QuerySelector(".filter-notices")!.TextContent);
        Assert.Equal(all.QuerySelectorAll("tbody tr").Length, unknown.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task DownloadsAsXlsxAndAsCsvInSpanish()
    {
        var client = portal.CreateClient();
        var accepted = await portal.QueryAsync(db => db.ProgressReports.CountAsync(r => r.State == WorkflowState.Accepted
            && r.ReportingCycle!.Status == ReportingCycleStatus.Open));

        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/es/progress"));
        var xlsx = await client.GetAsync(page.QuerySelector("a.download-xlsx")!.GetAttribute("href")!);
        var csv = await client.GetAsync(page.QuerySelector("a.download-csv")!.GetAttribute("href")!);

        Assert.Contains("Descargar esta tabla", page.QuerySelector(".matrix-downloads")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(accepted, rows.Count);
        Assert.DoesNotContain("state", rows[0].Keys);
        Assert.Contains(rows, r => Equals(r["country_iso2"], "BR") && Equals(r["country_name"], "Brasil"));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("\uFEFFcountry_iso3,country_iso2,country_name,", text);
        Assert.Contains("Brasil", text);
    }

    [Fact]
    public async Task ACycleWithoutAcceptedReportsDownloadsAsHeadersAndANote()
    {
        var cycle = await portal.AddAsync(new ReportingCycle
        {
            Name = LocalizedText.Of("Empty cycle", "Ciclo vacío", "Ciclo vazio", "Cycle vide"),
            OpensOn = new DateOnly(2008, 1, 1),
            SubmissionDeadline = new DateOnly(2008, 12, 31),
            Status = ReportingCycleStatus.Closed,
        });

        var response = await portal.CreateClient().GetAsync($"/fr/progress/matrix.csv?cycle={cycle.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("country_iso3,", lines[0]);
        Assert.StartsWith("Aucun rapport pour ce cycle.", lines[1]);
    }

    private Task<string> ColumnAsync(int principleId) =>
        portal.QueryAsync(async db =>
        {
            var p = await db.Principles.AsNoTracking().SingleAsync(p => p.Id == principleId);
            return p.Kind == PrincipleKind.Principle ? $"{p.Number}" : $"areas/{p.Number}";
        });

    /// <summary>A new report on a free principle of the open cycle, submitted, assessed and (if asked) accepted.</summary>
    private async Task<ProgressReport> ReportAsync(string iso2, ProgressLevel level, AssessmentLevel assessed, bool accept)
    {
        var draft = await portal.AddDraftReportAsync(iso2);
        return await portal.QueryAsync(async db =>
        {
            var report = await db.ProgressReports.SingleAsync(r => r.Id == draft.Id);
            report.Level = level;
            report.Submit("focal@example.org", DateTime.UtcNow);
            report.Assess("reviewer@example.org", DateTime.UtcNow, assessed, "Test assessment.");
            if (accept)
            {
                report.Accept("reviewer@example.org", DateTime.UtcNow);
            }

            await db.SaveChangesAsync();
            return report;
        });
    }
}
