using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.UnitTests.Core.Principles;

/// <summary>The review side of a progress report: reopening, the reviewer's own level, the thread, carrying forward.</summary>
public class ProgressReportReviewTests
{
    private static DateTime SubmittedAt => new(2025, 3, 1, 14, 0, 0, DateTimeKind.Utc);
    private static DateTime ReviewedAt => new(2025, 3, 10, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void ReopensAnAcceptedReportToTheCountryWithTheReason()
    {
        var report = Accepted();

        report.Reopen("reviewer@oas.org", ReviewedAt.AddDays(3), "  The decree was repealed in May.  ");

        Assert.Equal(WorkflowState.Returned, report.State);
        Assert.True(report.IsEditableByCountry);
        var reason = report.Comments[^1];
        Assert.Equal("The decree was repealed in May.", reason.Text);
        Assert.True(reason.ByReviewer);
        Assert.Equal(WorkflowState.Returned, reason.ResultingState);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void RefusesToReopenWithoutAReason(string reason)
    {
        var report = Accepted();

        Assert.Throws<ArgumentException>(() => report.Reopen("reviewer@oas.org", ReviewedAt, reason));
        Assert.Equal(WorkflowState.Accepted, report.State);
    }

    [Fact]
    public void ReopensOnlyAnAcceptedReport()
    {
        var report = Submitted();

        var error = Assert.Throws<WorkflowException>(() => report.Reopen("reviewer@oas.org", ReviewedAt, "Why?"));

        Assert.Equal(WorkflowState.Submitted, error.From);
    }

    [Fact]
    public void CorrectsTheOasLevelOfAnAcceptedReportWithTheReasonInTheThread()
    {
        var report = Accepted();

        report.CorrectAssessment("admin@oas.org", ReviewedAt.AddYears(1), AssessmentLevel.FrameworkAdopted, "  Adopted by decree 12/2014.  ", " Wrong row in 2014. ");

        Assert.Equal(WorkflowState.Accepted, report.State);
        Assert.Equal(AssessmentLevel.FrameworkAdopted, report.AssessedLevel);
        Assert.Equal("Adopted by decree 12/2014.", report.AssessmentRationale);
        Assert.Equal("admin@oas.org", report.AssessedBy);
        Assert.Equal("Wrong row in 2014.", report.Comments[^1].Text);
        Assert.Equal(WorkflowState.Accepted, report.Comments[^1].ResultingState);
    }

    [Fact]
    public void CorrectsOnlyAnAcceptedReportAndOnlyWithAReason()
    {
        var submitted = Submitted();
        var accepted = Accepted();

        Assert.Throws<WorkflowException>(() => submitted.CorrectAssessment("admin@oas.org", ReviewedAt, AssessmentLevel.NoFramework, null, "Why"));
        Assert.Throws<ArgumentException>(() => accepted.CorrectAssessment("admin@oas.org", ReviewedAt, AssessmentLevel.NoFramework, null, " "));
        Assert.Null(accepted.AssessedLevel);
    }

    [Fact]
    public void RecordsTheReviewersLevelAndFlagsAGapOfTwoLevels()
    {
        var report = Submitted(ProgressLevel.Achieved);

        report.Assess("reviewer@oas.org", ReviewedAt, AssessmentLevel.FrameworkAdopted, "  Adopted, not yet funded. ");

        Assert.Equal(AssessmentLevel.FrameworkAdopted, report.AssessedLevel);
        Assert.Equal("Adopted, not yet funded.", report.AssessmentRationale);
        Assert.Equal("reviewer@oas.org", report.AssessedBy);
        Assert.Equal(2, report.LevelGap);
        Assert.True(report.HasFlaggedGap);
    }

    [Fact]
    public void DoesNotFlagAGapOfOneLevel()
    {
        var report = Submitted(ProgressLevel.Advanced);

        report.Assess("reviewer@oas.org", ReviewedAt, AssessmentLevel.FrameworkAdopted, "Close.");

        Assert.Equal(1, report.LevelGap);
        Assert.False(report.HasFlaggedGap);
    }

    [Fact]
    public void ShowsTheReviewersLevelToThePublicOnlyOnceAccepted()
    {
        var report = Submitted();
        report.Assess("reviewer@oas.org", ReviewedAt, AssessmentLevel.ImplementedWithResources, "Funded.");

        Assert.Null(report.PublicAssessedLevel);
        report.Accept("reviewer@oas.org", ReviewedAt);
        Assert.Equal(AssessmentLevel.ImplementedWithResources, report.PublicAssessedLevel);
    }

    [Fact]
    public void CannotAssessADraft()
    {
        var report = new ProgressReport();

        Assert.Throws<WorkflowException>(() => report.Assess("reviewer@oas.org", ReviewedAt, AssessmentLevel.NoFramework, "None."));
        Assert.Null(report.AssessedLevel);
    }

    [Fact]
    public void RefusesALevelOffTheScale()
    {
        var report = Submitted();

        Assert.Throws<ArgumentOutOfRangeException>(() => report.Assess("reviewer@oas.org", ReviewedAt, (AssessmentLevel)6, "Six."));
    }

    [Fact]
    public void KeepsCommentsFromBothSidesWithoutChangingTheState()
    {
        var report = Submitted();

        report.AddComment("reviewer@oas.org", byReviewer: true, ReviewedAt, "Which decree?");
        report.AddComment("focal@example.org", byReviewer: false, ReviewedAt.AddHours(2), " Decree 123/2024. ");

        Assert.Equal(WorkflowState.Submitted, report.State);
        Assert.Collection(report.Comments,
            c => Assert.True(c.ByReviewer),
            c => Assert.Equal(("Decree 123/2024.", false, (WorkflowState?)null), (c.Text, c.ByReviewer, c.ResultingState)));
    }

    [Fact]
    public void CarriesAnAcceptedReportForwardAsADraftAwaitingConfirmation()
    {
        var report = Accepted();
        report.Evidence.Add(new EvidenceLink { Title = "Law 123", Url = "https://example.org/law-123" });
        report.Narrative = TranslatableText.In("es", "Ley aprobada.");

        var next = report.CarryForwardTo(new ReportingCycle { Id = 9 });

        Assert.Equal(WorkflowState.Draft, next.State);
        Assert.Equal((7, 1, 9, report.Level), (next.CountryId, next.PrincipleId, next.ReportingCycleId, next.Level));
        Assert.True(next.AwaitsConfirmation);
        Assert.Equal("Ley aprobada.", next.Narrative!.Original);
        Assert.NotSame(report.Narrative, next.Narrative);
        Assert.Equal("https://example.org/law-123", Assert.Single(next.Evidence).Url);
        Assert.Empty(next.Comments);
        Assert.Null(next.AssessedLevel);

        next.ConfirmCarriedForward();
        Assert.False(next.AwaitsConfirmation);
    }

    [Fact]
    public void CarriesForwardOnlyAcceptedReports()
    {
        Assert.Throws<WorkflowException>(() => Submitted().CarryForwardTo(new ReportingCycle { Id = 9 }));
    }

    [Theory]
    [InlineData(null, null, LevelChange.None)]
    [InlineData(null, 3, LevelChange.New)]
    [InlineData(2, 3, LevelChange.Up)]
    [InlineData(3, 3, LevelChange.Same)]
    [InlineData(4, 3, LevelChange.Down)]
    [InlineData(4, null, LevelChange.None)]
    public void NamesTheChangeSinceThePreviousCycle(int? previous, int? current, LevelChange expected) =>
        Assert.Equal(expected, AssessmentScale.Change(previous, current));

    private static ProgressReport Submitted(ProgressLevel level = ProgressLevel.InProgress)
    {
        var report = new ProgressReport { CountryId = 7, PrincipleId = 1, ReportingCycleId = 2, Level = level };
        report.Submit("focal@example.org", SubmittedAt);
        return report;
    }

    private static ProgressReport Accepted()
    {
        var report = Submitted();
        report.Accept("reviewer@oas.org", ReviewedAt);
        return report;
    }
}
