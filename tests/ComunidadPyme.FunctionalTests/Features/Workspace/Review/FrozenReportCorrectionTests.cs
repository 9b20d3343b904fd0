using System.Net;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Review;

/// <summary>
/// A closed cycle's accepted reports are frozen; an administrator may still correct the OAS level, as a new audited
/// version with the reason in the thread. Reviewers may not, nor may anyone correct a report of an open cycle.
/// A portal of its own: the tests change the sample cycles' reports.
/// </summary>
public sealed class FrozenReportCorrectionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnAdministratorCorrectsTheOasLevelAndTheChangeIsAuditedAndTold()
    {
        var report = await FrozenReportAsync(skip: 0);
        var admin = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);
        var level = report.AssessedLevel == AssessmentLevel.NoFramework ? AssessmentLevel.FrameworkAdopted : AssessmentLevel.NoFramework;

        var page = await HtmlDocument.ParseAsync(await admin.GetAsync($"/en/review/reports/{report.Id}"));
        var response = await admin.PostFormAsync($"/en/review/reports/{report.Id}/correct", Fields(report.Version, level, "The 2014 level was entered in the wrong row."));

        Assert.NotNull(page.QuerySelector("form.review-correct"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking().Include(r => r.Comments).SingleAsync(r => r.Id == report.Id));
        Assert.Equal(level, saved.AssessedLevel);
        Assert.Equal(WorkflowState.Accepted, saved.State);
        Assert.Equal("Corrected rationale.", saved.AssessmentRationale);
        Assert.Equal("admin@example.org", saved.AssessedBy);
        Assert.Contains(saved.Comments, c => c.Text == "The 2014 level was entered in the wrong row." && c.ByReviewer);
        var audit = await portal.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(ProgressReport) && a.EntityKey == report.Id.ToString()).OrderBy(a => a.Id).LastAsync());
        Assert.Contains(audit.Changes, c => c.Field == nameof(ProgressReport.AssessedLevel) && c.NewValue == level.ToString());
        Assert.Equal("admin@example.org", audit.UserName);
        var after = await HtmlDocument.ParseAsync(await admin.GetAsync($"/en/review/reports/{report.Id}"));
        Assert.Contains("The OAS level has been corrected", after.QuerySelector(".status-message")!.TextContent);
        Assert.Contains("The 2014 level was entered in the wrong row.", after.QuerySelector(".review-thread")!.TextContent);
    }

    [Fact]
    public async Task AReviewerMayNotCorrectAFrozenReport()
    {
        var report = await FrozenReportAsync(skip: 1);
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync($"/en/review/reports/{report.Id}"));
        var response = await reviewer.PostFormAsync($"/en/review/reports/{report.Id}/correct", Fields(report.Version, AssessmentLevel.NoFramework, "Because."));

        Assert.Null(page.QuerySelector("form.review-correct"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(report.Version, await portal.VersionAsync<ProgressReport>(report.Id));
    }

    [Fact]
    public async Task ACorrectionWithoutAReasonIsRefusedWithTheTypedRationaleKept()
    {
        var report = await FrozenReportAsync(skip: 2);
        var admin = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var response = await admin.PostFormAsync($"/es/review/reports/{report.Id}/correct", Fields(report.Version, AssessmentLevel.NoFramework, "   "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Contains(page.QuerySelectorAll("form.review-correct .field-error"), e => e.TextContent.Contains("Indique el motivo de la corrección", StringComparison.Ordinal));
        Assert.Equal("Corrected rationale.", page.QuerySelector("#correct-rationale")!.TextContent);
        Assert.Equal(report.Version, await portal.VersionAsync<ProgressReport>(report.Id));
    }

    [Fact]
    public async Task AReportOfAnOpenCycleIsNotCorrectedButReviewedAsUsual()
    {
        var report = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking()
            .Where(r => r.State == WorkflowState.Accepted && r.ReportingCycle!.Status == ReportingCycleStatus.Open)
            .OrderBy(r => r.Id).FirstAsync());
        var admin = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var response = await admin.PostFormAsync($"/en/review/reports/{report.Id}/correct", Fields(report.Version, AssessmentLevel.NoFramework, "Because."));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(report.Version, await portal.VersionAsync<ProgressReport>(report.Id));
    }

    private static Dictionary<string, string> Fields(Guid version, AssessmentLevel level, string reason) => new()
    {
        ["Version"] = version.ToString(), ["Level"] = level.ToString(), ["Rationale"] = "Corrected rationale.", ["Text"] = reason,
    };

    private Task<ProgressReport> FrozenReportAsync(int skip) =>
        portal.QueryAsync(db => db.ProgressReports.AsNoTracking()
            .Where(r => r.State == WorkflowState.Accepted && r.ReportingCycle!.Status == ReportingCycleStatus.Closed)
            .OrderBy(r => r.Id).Skip(skip).FirstAsync());
}
