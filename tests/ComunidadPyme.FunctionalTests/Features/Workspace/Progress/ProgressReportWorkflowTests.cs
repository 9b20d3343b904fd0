using System.Net;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Progress;

/// <summary>A focal point drafts and submits progress reports; only drafts and returned reports can be changed.</summary>
public sealed class ProgressReportWorkflowTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task FocalPointWritesADraftThenSubmitsIt()
    {
        var (principleId, cycleId) = await portal.FreePrincipleAsync("BR");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var created = await client.PostFormAsync("/en/workspace/br/progress/new", WorkspaceForms.Progress("Our first draft", principleId: principleId, cycleId: cycleId));
        var report = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking()
            .SingleAsync(r => r.PrincipleId == principleId && r.ReportingCycleId == cycleId && r.Narrative!.Original == "Our first draft"));
        var submitted = await client.PostFormAsync($"/en/workspace/br/progress/{report.Id}/submit", WorkspaceForms.Version(report.Version));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(WorkflowState.Draft, report.State);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var saved = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking().SingleAsync(r => r.Id == report.Id));
        Assert.Equal(WorkflowState.Submitted, saved.State);
        Assert.Equal("focal.br@example.org", saved.SubmittedBy);
    }

    [Fact]
    public async Task TheCountrySeesTheReviewersLevelBesideItsOwnWithAGapFlagged()
    {
        var draft = await portal.AddDraftReportAsync("BR");
        await portal.QueryAsync(async db =>
        {
            var report = await db.ProgressReports.SingleAsync(r => r.Id == draft.Id);
            report.Submit("focal.br@example.org", DateTime.UtcNow);
            report.Assess("reviewer@example.org", DateTime.UtcNow, AssessmentLevel.ImplementedMonitoredAndEvaluated, "Evaluated in 2025.");
            return await db.SaveChangesAsync();
        });
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/es/workspace/br/progress"));

        var row = page.QuerySelector($"tr[data-id='{draft.Id}']")!;
        var assessed = string.Join(' ', row.QuerySelector("td.assessed-level")!.TextContent.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("5 – Aplicado, monitoreado y evaluado ", assessed);
        Assert.EndsWith(" Diferencia de 3 niveles", assessed);
        Assert.Contains(page.QuerySelectorAll("td.assessed-level"), td => td.TextContent.Contains("Aún sin evaluar", StringComparison.Ordinal));
        var earlier = await portal.QueryAsync(async db =>
        {
            var opensOn = await db.ReportingCycles.Where(c => c.Id == draft.ReportingCycleId).Select(c => c.OpensOn).SingleAsync();
            var previous = await db.ReportingCycles.Where(c => c.OpensOn < opensOn).OrderByDescending(c => c.OpensOn).Select(c => (int?)c.Id).FirstOrDefaultAsync();
            return await db.ProgressReports.Where(r => r.CountryId == draft.CountryId && r.PrincipleId == draft.PrincipleId && r.ReportingCycleId == previous)
                .Select(r => (ProgressLevel?)r.Level).FirstOrDefaultAsync();
        });
        Assert.Equal(AssessmentScale.Change((int?)earlier, (int)ProgressLevel.Planned).ToString(), row.QuerySelector("td.country-level")!.GetAttribute("data-change"));
        Assert.Contains(page.QuerySelectorAll("td.country-level"), td => td.GetAttribute("data-change") is "Up" or "Down" or "Same");
    }

    [Fact]
    public async Task ASubmittedReportCannotBeEditedOrDeleted()
    {
        var draft = await portal.AddDraftReportAsync("BR");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        await client.PostFormAsync($"/en/workspace/br/progress/{draft.Id}/submit", WorkspaceForms.Version(draft.Version));
        var version = await portal.VersionAsync<ProgressReport>(draft.Id);

        var edit = await client.PostFormAsync($"/en/workspace/br/progress/{draft.Id}/edit", WorkspaceForms.Progress("Changed after submitting", version));
        var delete = await client.PostFormAsync($"/en/workspace/br/progress/{draft.Id}/delete", WorkspaceForms.Version(version));
        var submitAgain = await client.PostFormAsync($"/en/workspace/br/progress/{draft.Id}/submit", WorkspaceForms.Version(version));
        var page = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/br/progress/{draft.Id}/edit"));

        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, submitAgain.StatusCode);
        var saved = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking().SingleAsync(r => r.Id == draft.Id));
        Assert.Equal("Draft narrative", saved.Narrative!.Original);
        Assert.Equal(WorkflowState.Submitted, saved.State);
        Assert.NotNull(page.QuerySelector(".report-locked"));
        Assert.Null(page.QuerySelector("form.workspace-form"));
    }

    [Fact]
    public async Task AReturnedReportCanBeChangedAndShowsTheReviewersComment()
    {
        var brazilId = await portal.CountryIdAsync("BR");
        var returned = await portal.QueryAsync(async db =>
        {
            var report = await db.ProgressReports.Include(r => r.Comments).FirstAsync(r => r.CountryId == brazilId && r.State == WorkflowState.Submitted);
            report.Return("reviewer@example.org", DateTime.UtcNow, "Please add the dates of each measure.");
            await db.SaveChangesAsync();
            return report;
        });
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var page = await client.GetAsync($"/en/workspace/br/progress/{returned.Id}/edit");
        Assert.Contains("Please add the dates of each measure.", (await HtmlDocument.ParseAsync(page)).QuerySelector("main")!.TextContent);
        var form = await WorkspacePages.FormFieldsAsync(await client.GetAsync($"/en/workspace/br/progress/{returned.Id}/edit"));
        form["Form.Narrative.Original"] = "With the dates added";

        var response = await client.PostFormAsync($"/en/workspace/br/progress/{returned.Id}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("With the dates added", await portal.QueryAsync(db => db.ProgressReports.Where(r => r.Id == returned.Id).Select(r => r.Narrative!.Original).SingleAsync()));
    }

    [Fact]
    public async Task ASecondReportOnTheSamePrincipleAndCycleIsRefused()
    {
        var draft = await portal.AddDraftReportAsync("BR");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var response = await client.PostFormAsync("/en/workspace/br/progress/new",
            WorkspaceForms.Progress("Duplicate", principleId: draft.PrincipleId, cycleId: draft.ReportingCycleId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("There is already a report on this principle for this cycle.",
            WorkspacePages.ErrorFor(await HtmlDocument.ParseAsync(response), "Form.PrincipleId"));
    }

    [Fact]
    public async Task EvidenceIsSavedWithTheReport()
    {
        var draft = await portal.AddDraftReportAsync("BR");
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var form = WorkspaceForms.Progress("With evidence", draft.Version);
        form["Form.Evidence[0].Title"] = "Official gazette";
        form["Form.Evidence[0].Url"] = "https://example.org/gazette";

        await client.PostFormAsync($"/en/workspace/br/progress/{draft.Id}/edit", form);

        var evidence = await portal.QueryAsync(async db => (await db.ProgressReports.AsNoTracking().SingleAsync(r => r.Id == draft.Id)).Evidence);
        var link = Assert.Single(evidence);
        Assert.Equal(("Official gazette", "https://example.org/gazette"), (link.Title, link.Url));
    }
}
