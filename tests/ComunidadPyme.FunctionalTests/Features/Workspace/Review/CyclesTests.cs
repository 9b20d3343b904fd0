using System.Net;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Review;

/// <summary>Cycles that build on each other: a new cycle starts from the last accepted reports; a closed one is frozen.</summary>
[Collection(PortalCollection.Name)]
public sealed class CyclesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task OpeningACycleCarriesEachCountrysAcceptedReportsForwardUntilTheCountryConfirmsThem()
    {
        var brazil = await portal.CountryIdAsync("BR");
        var accepted = await portal.QueryAsync(db => db.ProgressReports.Where(r => r.CountryId == brazil && r.State == WorkflowState.Accepted)
            .Select(r => r.PrincipleId).Distinct().CountAsync());
        Assert.True(accepted > 0, "The sample data give Brazil accepted reports.");
        var admin = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var created = await admin.PostFormAsync("/en/admin/cycles/new", new Dictionary<string, string>
        {
            ["Form.Name.En"] = "Towards the V Dialogue",
            ["Form.OpensOn"] = "2030-01-01",
            ["Form.SubmissionDeadline"] = "2031-06-30",
            ["Form.Status"] = "Open",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var carried = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking()
            .Where(r => r.CountryId == brazil && r.ReportingCycle!.OpensOn == new DateOnly(2030, 1, 1)).ToListAsync());
        Assert.Equal(accepted, carried.Count);
        Assert.All(carried, r => Assert.Equal((WorkflowState.Draft, true), (r.State, r.AwaitsConfirmation)));
        Assert.All(carried, r => Assert.NotNull(r.CarriedForwardFromId));

        var focal = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var list = await HtmlDocument.ParseAsync(await focal.GetAsync("/en/workspace/br/progress"));
        Assert.Contains("Carried forward — still true?", list.QuerySelector($"tr[data-id='{carried[0].Id}']")!.TextContent);

        var confirmed = await focal.PostFormAsync($"/en/workspace/br/progress/{carried[0].Id}/still-true",
            new Dictionary<string, string> { ["Version"] = carried[0].Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False(await portal.QueryAsync(db => db.ProgressReports.Where(r => r.Id == carried[0].Id).Select(r => r.AwaitsConfirmation).SingleAsync()));
    }

    [Fact]
    public async Task AClosedCyclesReportsAreFrozenForTheCountryAndTheReviewers()
    {
        var brazil = await portal.CountryIdAsync("BR");
        var frozen = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking()
            .FirstAsync(r => r.CountryId == brazil && r.ReportingCycle!.Status == ReportingCycleStatus.Closed));
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var reopened = await reviewer.PostFormAsync($"/es/review/reports/{frozen.Id}/reopen",
            new Dictionary<string, string> { ["Version"] = frozen.Version.ToString(), ["Text"] = "Corrección." });

        Assert.Equal(HttpStatusCode.Conflict, reopened.StatusCode);
        Assert.Contains("El ciclo de este informe está cerrado: sus informes están congelados. No se cambió nada.",
            (await HtmlDocument.ParseAsync(reopened)).QuerySelector("[role=alert]")!.TextContent);
        var stored = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking().SingleAsync(r => r.Id == frozen.Id));
        Assert.Equal((WorkflowState.Accepted, frozen.Version), (stored.State, stored.Version));

        var focal = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);
        var page = await HtmlDocument.ParseAsync(await focal.GetAsync($"/en/workspace/br/progress/{frozen.Id}/edit"));
        Assert.Contains("This report's cycle is closed: its reports are frozen.", page.Body!.TextContent);
    }

    [Fact]
    public async Task TheReviewPageComparesTheReportWithTheSamePrinciplesReportOfThePreviousCycle()
    {
        var brazil = await portal.CountryIdAsync("BR");
        var current = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking()
            .FirstAsync(r => r.CountryId == brazil && r.ReportingCycle!.Status == ReportingCycleStatus.Open
                && db.ProgressReports.Any(p => p.CountryId == brazil && p.PrincipleId == r.PrincipleId && p.ReportingCycle!.Status == ReportingCycleStatus.Closed)));
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync($"/en/review/reports/{current.Id}"));

        var comparison = page.QuerySelector("table.review-compare")!;
        Assert.Contains("Follow-up to the III Inter-American Dialogue (Brasilia 2013)", comparison.TextContent);
        Assert.Contains("Change since the previous cycle:", page.Body!.TextContent);
    }
}
