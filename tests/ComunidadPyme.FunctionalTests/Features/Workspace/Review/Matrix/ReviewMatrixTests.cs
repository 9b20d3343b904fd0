using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Review.Matrix;

/// <summary>
/// The reviewers' progress matrix: every report in any state with its state in text, both levels side by side,
/// gaps flagged, filters, the change view and the downloads. A portal of its own: the tests add reports and cycles.
/// </summary>
public sealed class ReviewMatrixTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(WorkspaceUser.Reviewer, HttpStatusCode.OK)]
    [InlineData(WorkspaceUser.Administrator, HttpStatusCode.OK)]
    [InlineData(WorkspaceUser.FocalPointBrazil, HttpStatusCode.Forbidden)]
    [InlineData(WorkspaceUser.Anonymous, HttpStatusCode.Redirect)]
    public async Task OnlyReviewersAndAdministratorsSeeTheMatrix(WorkspaceUser user, HttpStatusCode expected)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, user);

        Assert.Equal(expected, (await client.GetAsync("/en/review/matrix")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync("/en/review/matrix/data.csv")).StatusCode);
    }

    [Fact]
    public async Task ShowsASubmittedReportWithItsStateBothLevelsAndTheGapAndLinksToItsReviewPage()
    {
        var report = await SubmittedAndAssessedAsync("BR", AssessmentLevel.ImplementedMonitoredAndEvaluated);
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/matrix"));

        Assert.Equal("Progress matrix", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("page", page.QuerySelector(".review-sections a[href='/en/review/matrix']")!.GetAttribute("aria-current"));
        var cell = CellLinkingTo(page, $"/en/review/reports/{report.Id}");
        Assert.Equal("Submitted", cell.QuerySelector(".state-badge")!.TextContent.Trim());
        Assert.Equal("Planned", cell.QuerySelector(".track-country .level-name")!.TextContent.Trim());
        Assert.Contains("Implemented, monitored and evaluated", cell.QuerySelector(".track-reviewer")!.TextContent);
        Assert.Equal("Gap of 3 levels", cell.QuerySelector(".gap-flag")!.TextContent.Trim());
        Assert.Contains("new", cell.QuerySelector(".track-country .level-change")!.TextContent);
        Assert.Contains("Progress reports in every state", page.QuerySelector("table.progress-matrix caption")!.TextContent);
        var states = page.QuerySelectorAll("td.progress-cell").Select(td => td.GetAttribute("data-state")).ToHashSet();
        Assert.Contains(nameof(WorkflowState.Draft), states);
        Assert.Contains(nameof(WorkflowState.Accepted), states);
    }

    [Fact]
    public async Task NarrowsRowsBySubRegionAndColumnsToThePrinciplesOnWomenEntrepreneurs()
    {
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var tagged = await portal.QueryAsync(db => db.Principles.Where(p => p.ConcernsWomenEntrepreneurs)
            .Select(p => p.Kind == PrincipleKind.Principle ? p.Number.ToString() : "areas/" + p.Number).ToListAsync());
        Assert.NotEmpty(tagged);

        var all = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/matrix"));
        var caribbean = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/matrix?region=Caribbean"));
        var women = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/matrix?women=true"));

        var rows = caribbean.QuerySelectorAll("tbody tr[data-iso2]");
        Assert.NotEmpty(rows);
        Assert.True(rows.Length < all.QuerySelectorAll("tbody tr[data-iso2]").Length);
        Assert.All(rows, tr => Assert.Equal(nameof(SubRegion.Caribbean), tr.GetAttribute("data-region")));
        var columns = women.QuerySelectorAll("thead th[data-column]").Select(th => th.GetAttribute("data-column")!).ToList();
        Assert.NotEmpty(columns);
        Assert.True(columns.Count < all.QuerySelectorAll("thead th[data-column]").Length);
        Assert.All(columns, c => Assert.Contains(c, tagged));
        Assert.True(women.QuerySelector("#review-matrix-women")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task TheChangeViewShowsOnlyTheChangeSinceThePreviousCycle()
    {
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review/matrix?view=change"));

        Assert.NotEmpty(page.QuerySelectorAll("td.progress-cell .track-country .change-name"));
        Assert.Empty(page.QuerySelectorAll("td.progress-cell .level-name"));
        Assert.Empty(page.QuerySelectorAll("td.progress-cell .assessed-name"));
    }

    [Fact]
    public async Task IsInSpanishWithSpanishText()
    {
        var report = await SubmittedAndAssessedAsync("MX", AssessmentLevel.FrameworkAdopted);
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/es/review/matrix"));

        Assert.Equal("Matriz de avance", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Informes de avance en todos los estados", page.QuerySelector("caption")!.TextContent);
        var cell = CellLinkingTo(page, $"/es/review/reports/{report.Id}");
        Assert.Equal("Presentado", cell.QuerySelector(".state-badge")!.TextContent.Trim());
        Assert.Equal("Planificado", cell.QuerySelector(".level-name")!.TextContent.Trim());
        Assert.Contains("3", cell.QuerySelector(".assessed-number")!.TextContent);
        Assert.Contains("Marco adoptado", cell.QuerySelector(".assessed-name")!.TextContent);
        Assert.Contains("nuevo", cell.QuerySelector(".track-country .change-name")!.TextContent);
        Assert.Null(cell.QuerySelector(".gap-flag"));
    }

    [Fact]
    public async Task DownloadsAsCsvWithTheStateOfEachReport()
    {
        var report = await SubmittedAndAssessedAsync("BR", AssessmentLevel.NoFramework);
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var response = await reviewer.GetAsync("/en/review/matrix/data.csv?region=SouthAmerica");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("country_iso3,country_iso2,country_name,sub_region,principle,", lines[0]);
        Assert.Contains(",state,country_level,country_level_name,reviewer_level,reviewer_level_name,gap_flagged,", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Contains(",SouthAmerica,", line));
        Assert.Contains(lines, l => l.StartsWith("BRA,BR,Brazil,SouthAmerica,", StringComparison.Ordinal)
            && l.Contains(",Submitted,2,Planned,1,NoFramework,false,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",Draft,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DownloadsAsXlsx()
    {
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var expected = await portal.QueryAsync(db =>
            db.ProgressReports.CountAsync(r => r.ReportingCycle!.Status == ReportingCycleStatus.Open));

        var response = await reviewer.GetAsync("/en/review/matrix/data.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(expected, rows.Count);
        Assert.Equal("country_iso3", rows[0].Keys.First());
        Assert.Contains(rows, r => Equals(r["country_iso2"], "BR") && Equals(r["licence"], "CC-BY-4.0"));
        Assert.Contains(rows, r => Equals(r["state"], "Accepted"));
    }

    [Fact]
    public async Task ACycleWithoutReportsDownloadsAsHeadersAndANote()
    {
        var cycle = await portal.AddAsync(new ReportingCycle
        {
            Name = LocalizedText.Of("Empty cycle", "Ciclo vacío", "Ciclo vazio", "Cycle vide"),
            OpensOn = new DateOnly(2005, 1, 1),
            SubmissionDeadline = new DateOnly(2005, 12, 31),
            Status = ReportingCycleStatus.Closed,
        });
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var csv = await reviewer.GetAsync($"/en/review/matrix/data.csv?cycle={cycle.Id}");
        var xlsx = await reviewer.GetAsync($"/es/review/matrix/data.xlsx?cycle={cycle.Id}");
        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync($"/en/review/matrix?cycle={cycle.Id}"));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("country_iso3,", lines[0]);
        Assert.StartsWith("No reports for this cycle.", lines[1]);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("No hay informes para este ciclo.", Assert.Single(rows)["country_iso3"]);
        Assert.Contains("No report in the cycle “Empty cycle” matches these filters.", page.QuerySelector(".progress-empty")!.TextContent);
    }

    private static IElement CellLinkingTo(IDocument page, string href) =>
        page.QuerySelectorAll("td.progress-cell").Single(td => td.QuerySelector($"a[href='{href}']") is not null);

    /// <summary>A new report (level "Planned", 2) on a free principle of the open cycle, submitted and assessed.</summary>
    private async Task<ProgressReport> SubmittedAndAssessedAsync(string iso2, AssessmentLevel assessed)
    {
        var draft = await portal.AddDraftReportAsync(iso2);
        return await portal.QueryAsync(async db =>
        {
            var report = await db.ProgressReports.SingleAsync(r => r.Id == draft.Id);
            report.Submit("focal@example.org", DateTime.UtcNow);
            report.Assess("reviewer@example.org", DateTime.UtcNow, assessed, "Test assessment.");
            await db.SaveChangesAsync();
            return report;
        });
    }
}
