using System.Net;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Review;

/// <summary>The reviewers' queue and a report's round trip: submitted, returned, resubmitted, accepted, reopened.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReviewWorkflowTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheQueueListsSubmittedReportsOldestFirstWithACountPerState()
    {
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var submitted = await portal.QueryAsync(db => db.ProgressReports.CountAsync(r => r.State == WorkflowState.Submitted));

        var response = await reviewer.GetAsync("/en/review");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal("Review queue", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(submitted, page.QuerySelectorAll("table.review-queue tbody tr").Length);
        Assert.Contains($"Submitted {submitted}", page.QuerySelector(".review-states .active")!.TextContent.Split().Where(s => s.Length > 0).Aggregate((a, b) => $"{a} {b}"));
        var waits = page.QuerySelectorAll("table.review-queue time").Select(t => DateTime.Parse(t.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(waits.Order(), waits);
    }

    [Fact]
    public async Task TheQueueIsInTheReadersLanguageAndFiltersByCountry()
    {
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/es/review?country=br&state=Accepted"));

        Assert.Equal("Cola de revisión", page.QuerySelector("h1")!.TextContent.Trim());
        var countries = page.QuerySelectorAll("table.review-queue tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.All(countries, c => Assert.Contains("Brasil", c));
    }

    [Fact]
    public async Task TheQueueShowsEachLevelsChangeSinceThePreviousCycle()
    {
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var expected = await portal.QueryAsync(async db =>
        {
            var cycles = await db.ReportingCycles.AsNoTracking().OrderBy(c => c.OpensOn).Select(c => c.Id).ToListAsync();
            var all = await db.ProgressReports.AsNoTracking()
                .Select(r => new { r.Id, r.CountryId, r.PrincipleId, r.ReportingCycleId, r.Level, r.State }).ToListAsync();
            return all.Where(r => r.State == WorkflowState.Accepted).ToDictionary(r => r.Id, r =>
            {
                var index = cycles.IndexOf(r.ReportingCycleId);
                var before = index == 0 ? null : all.FirstOrDefault(p => p.CountryId == r.CountryId && p.PrincipleId == r.PrincipleId && p.ReportingCycleId == cycles[index - 1]);
                return AssessmentScale.Change((int?)before?.Level, (int)r.Level).ToString();
            });
        });

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync("/en/review?state=Accepted"));

        var shown = page.QuerySelectorAll("table.review-queue tbody tr").ToDictionary(
            tr => int.Parse(tr.QuerySelector("a[href*='/review/reports/']")!.GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture),
            tr => tr.QuerySelector(".queue-level")!.GetAttribute("data-change")!);
        Assert.Equal(expected.Count, shown.Count);
        Assert.All(shown, row => Assert.Equal(expected[row.Key], row.Value));
        Assert.Contains(shown.Values, change => change is "Up" or "Down" or "Same");
    }

    [Theory]
    [InlineData(WorkspaceUser.FocalPointBrazil, HttpStatusCode.Forbidden)]
    [InlineData(WorkspaceUser.Anonymous, HttpStatusCode.Redirect)]
    public async Task OnlyReviewersAndAdministratorsSeeTheQueue(WorkspaceUser user, HttpStatusCode expected)
    {
        var client = await WorkspaceSignIn.ClientAsync(portal, user);

        Assert.Equal(expected, (await client.GetAsync("/en/review")).StatusCode);
    }

    [Fact]
    public async Task ReturningWithoutACommentIsRefusedWithAMessageAndChangesNothing()
    {
        var report = await SubmittedBrazilReportAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var response = await reviewer.PostFormAsync($"/fr/review/reports/{report.Id}/return",
            Fields(("Version", report.Version.ToString()), ("Text", "   ")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Indiquez ce que le pays doit modifier avant de renvoyer le rapport.",
            (await HtmlDocument.ParseAsync(response)).QuerySelector(".field-error")!.TextContent);
        var stored = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking().SingleAsync(r => r.Id == report.Id));
        Assert.Equal((WorkflowState.Submitted, report.Version), (stored.State, stored.Version));
    }

    [Fact]
    public async Task AReportGoesRoundTheWholeWorkflowWithAnEmailToTheOtherSideAtEachStep()
    {
        var report = await SubmittedBrazilReportAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var focal = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        // Returned with a comment: the country's focal point is told, with a link to the report in the workspace.
        var returned = await reviewer.PostFormAsync($"/en/review/reports/{report.Id}/return",
            Fields(("Version", report.Version.ToString()), ("Text", "Please add the decree's number.")));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var toCountry = await EmailAsync("focal.br@example.org", "Please add the decree's number.");
        Assert.Contains($"/workspace/br/progress/{report.Id}/edit", toCountry.HtmlBody);

        // The focal point resubmits; the reviewers are told, with a link to the review page.
        var version = await VersionAsync(report.Id);
        var resubmitted = await focal.PostFormAsync($"/en/workspace/br/progress/{report.Id}/submit", Fields(("version", version.ToString())));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        var toReviewers = await EmailAsync("reviewer@example.org", "submitted a progress report");
        Assert.Contains($"/en/review/reports/{report.Id}", toReviewers.HtmlBody);

        // Assessed and accepted; then reopened with a reason.
        var assessed = await reviewer.PostFormAsync($"/en/review/reports/{report.Id}/assess",
            Fields(("Version", (await VersionAsync(report.Id)).ToString()), ("Level", "FrameworkAdopted"), ("Text", "Adopted, not funded.")));
        Assert.Equal(HttpStatusCode.Redirect, assessed.StatusCode);
        var accepted = await reviewer.PostFormAsync($"/en/review/reports/{report.Id}/accept",
            Fields(("Version", (await VersionAsync(report.Id)).ToString()), ("Text", "")));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var reopened = await reviewer.PostFormAsync($"/en/review/reports/{report.Id}/reopen",
            Fields(("Version", (await VersionAsync(report.Id)).ToString()), ("Text", "The decree was repealed.")));
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);

        var stored = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking().Include(r => r.Comments).SingleAsync(r => r.Id == report.Id));
        Assert.Equal(WorkflowState.Returned, stored.State);
        Assert.Equal(AssessmentLevel.FrameworkAdopted, stored.AssessedLevel);
        Assert.Equal(["Please add the decree's number.", "The decree was repealed."],
            stored.Comments.OrderBy(c => c.Id).Select(c => c.Text).TakeLast(2));
        var audited = await portal.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(ProgressReport) && a.EntityKey == report.Id.ToString()));
        Assert.True(audited >= 5, $"{audited} audit entries");
        await EmailAsync("focal.br@example.org", "The decree was repealed.");
    }

    [Fact]
    public async Task TheSecondOfTwoReviewersActingAtOnceIsToldAndNothingIsAppliedTwice()
    {
        var report = await SubmittedBrazilReportAsync();
        var first = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var second = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Administrator);

        var accepted = await first.PostFormAsync($"/en/review/reports/{report.Id}/accept", Fields(("Version", report.Version.ToString())));
        var returned = await second.PostFormAsync($"/en/review/reports/{report.Id}/return",
            Fields(("Version", report.Version.ToString()), ("Text", "Add the decree.")));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, returned.StatusCode);
        Assert.Contains("Someone else acted on this report while you were reading it; it is now &quot;Accepted&quot;.",
            await returned.Content.ReadAsStringAsync());
        var stored = await portal.QueryAsync(db => db.ProgressReports.AsNoTracking().Include(r => r.Comments).SingleAsync(r => r.Id == report.Id));
        Assert.Equal(WorkflowState.Accepted, stored.State);
        Assert.DoesNotContain(stored.Comments, c => c.Text == "Add the decree.");
    }

    [Fact]
    public async Task AcceptingAReturnedReportIsRefusedAndSaysWhy()
    {
        var report = await SubmittedBrazilReportAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        await reviewer.PostFormAsync($"/en/review/reports/{report.Id}/return", Fields(("Version", report.Version.ToString()), ("Text", "Add it.")));

        var response = await reviewer.PostFormAsync($"/en/review/reports/{report.Id}/accept", Fields(("Version", (await VersionAsync(report.Id)).ToString())));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("This report is &quot;Returned&quot;, so it cannot be accepted now.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheReviewPageShowsBothViewsTheEvidenceAndTheThread()
    {
        var report = await SubmittedBrazilReportAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync($"/pt/review/reports/{report.Id}"));

        var text = page.Body!.TextContent;
        Assert.Contains("A visão do país", text);
        Assert.Contains("2 – Planejado", page.QuerySelector(".review-levels")!.TextContent);
        Assert.Contains("A avaliação do revisor", text);
        Assert.Contains("Link externo", text);
        Assert.NotNull(page.QuerySelector($"form[action='/pt/review/reports/{report.Id}/accept'] input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task TheFocalPointAnswersInTheThreadAndTheReviewersAreTold()
    {
        var report = await SubmittedBrazilReportAsync();
        var focal = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var empty = await focal.PostFormAsync($"/es/workspace/br/progress/{report.Id}/comment", Fields(("Version", report.Version.ToString()), ("Text", "  ")));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Escriba el comentario.", (await HtmlDocument.ParseAsync(empty)).QuerySelector(".progress-thread")!.TextContent);

        var sent = await focal.PostFormAsync($"/es/workspace/br/progress/{report.Id}/comment",
            Fields(("Version", report.Version.ToString()), ("Text", "Es el Decreto 123 de 2024.")));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var comment = await portal.QueryAsync(db => db.ReviewComments.AsNoTracking().SingleAsync(c => c.ProgressReportId == report.Id));
        Assert.Equal(("Es el Decreto 123 de 2024.", false, "focal.br@example.org"), (comment.Text, comment.ByReviewer, comment.Author));
        Assert.Equal(WorkflowState.Submitted, await portal.QueryAsync(db => db.ProgressReports.Where(r => r.Id == report.Id).Select(r => r.State).SingleAsync()));
        var toReviewers = await EmailAsync("reviewer@example.org", "Es el Decreto 123 de 2024.");
        Assert.Contains($"/review/reports/{report.Id}", toReviewers.HtmlBody);

        // A second answer sent from the page as it was before the first one is refused, and its text is kept.
        var stale = await focal.PostFormAsync($"/en/workspace/br/progress/{report.Id}/comment",
            Fields(("Version", report.Version.ToString()), ("Text", "Also Law 45.")));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Also Law 45.", (await HtmlDocument.ParseAsync(stale)).QuerySelector("#comment-text")!.TextContent);
    }

    private async Task<ProgressReport> SubmittedBrazilReportAsync()
    {
        var draft = await portal.AddDraftReportAsync("BR");
        return await portal.QueryAsync(async db =>
        {
            var report = await db.ProgressReports.SingleAsync(r => r.Id == draft.Id);
            report.Evidence.Add(new EvidenceLink { Title = "Decree", Url = "https://example.org/decree" });
            report.Submit("focal.br@example.org", DateTime.UtcNow);
            await db.SaveChangesAsync();
            return report;
        });
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        fields.Select(f => KeyValuePair.Create(f.Name, f.Value));

    private Task<Guid> VersionAsync(int id) =>
        portal.QueryAsync(db => db.ProgressReports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());

    private async Task<MimeMessage> EmailAsync(string to, string containing)
    {
        var folder = Path.Combine(portal.DataDirectory, "mail");
        foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.eml") : [])
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == to) && System.Net.WebUtility.HtmlDecode(message.HtmlBody ?? string.Empty).Contains(containing, StringComparison.Ordinal))
            {
                return message;
            }
        }

        throw new Xunit.Sdk.XunitException($"No email to {to} containing \"{containing}\" in {folder}");
    }
}
