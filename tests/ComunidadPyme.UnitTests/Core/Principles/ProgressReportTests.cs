using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.UnitTests.Core.Principles;

public class ProgressReportTests
{
    private static DateTime SubmittedAt => new(2025, 3, 1, 14, 0, 0, DateTimeKind.Utc);
    private static DateTime ReviewedAt => new(2025, 3, 10, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void SubmitsADraft()
    {
        var report = new ProgressReport();

        report.Submit("focal@example.org", SubmittedAt);

        Assert.Equal(WorkflowState.Submitted, report.State);
        Assert.Equal("focal@example.org", report.SubmittedBy);
        Assert.Equal(SubmittedAt, report.SubmittedAtUtc);
    }

    [Fact]
    public void ResubmitsAReturnedReport()
    {
        var report = Submitted();
        report.Return("reviewer@oas.org", ReviewedAt, "Add the decree's number.");
        var resubmittedAt = ReviewedAt.AddDays(2);

        report.Submit("focal@example.org", resubmittedAt);

        Assert.Equal(WorkflowState.Submitted, report.State);
        Assert.Equal(resubmittedAt, report.SubmittedAtUtc);
    }

    [Fact]
    public void CannotBeSubmittedTwice()
    {
        var report = Submitted();

        var error = Assert.Throws<WorkflowException>(() => report.Submit("focal@example.org", ReviewedAt));

        Assert.Equal(WorkflowState.Submitted, error.From);
        Assert.Equal(SubmittedAt, report.SubmittedAtUtc);
    }

    [Fact]
    public void CannotBeSubmittedOnceAccepted()
    {
        var report = Submitted();
        report.Accept("reviewer@oas.org", ReviewedAt);

        Assert.Throws<WorkflowException>(() => report.Submit("focal@example.org", ReviewedAt.AddDays(1)));
        Assert.Equal(WorkflowState.Accepted, report.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RefusesToReturnWithoutAComment(string comment)
    {
        var report = Submitted();

        Assert.Throws<ArgumentException>(() => report.Return("reviewer@oas.org", ReviewedAt, comment));
        Assert.Equal(WorkflowState.Submitted, report.State);
        Assert.Empty(report.Comments);
    }

    [Fact]
    public void ReturnAddsTheReviewersCommentWithTheReturnedState()
    {
        var report = Submitted();

        report.Return("reviewer@oas.org", ReviewedAt, "  Add the decree's number.  ");

        Assert.Equal(WorkflowState.Returned, report.State);
        Assert.Equal("reviewer@oas.org", report.ReviewedBy);
        Assert.Equal(ReviewedAt, report.ReviewedAtUtc);
        var comment = Assert.Single(report.Comments);
        Assert.Equal("reviewer@oas.org", comment.Author);
        Assert.Equal(ReviewedAt, comment.WrittenAtUtc);
        Assert.Equal("Add the decree's number.", comment.Text);
        Assert.Equal(WorkflowState.Returned, comment.ResultingState);
    }

    [Fact]
    public void CannotReturnADraft()
    {
        var report = new ProgressReport();

        var error = Assert.Throws<WorkflowException>(() => report.Return("reviewer@oas.org", ReviewedAt, "Why?"));

        Assert.Equal(WorkflowState.Draft, error.From);
        Assert.Equal(WorkflowState.Draft, report.State);
    }

    [Fact]
    public void AcceptsASubmittedReportWithoutAddingAnEmptyComment()
    {
        var report = Submitted();

        report.Accept("reviewer@oas.org", ReviewedAt);

        Assert.Equal(WorkflowState.Accepted, report.State);
        Assert.Equal("reviewer@oas.org", report.ReviewedBy);
        Assert.Empty(report.Comments);
    }

    [Fact]
    public void AcceptsWithACommentRecordedAsAccepted()
    {
        var report = Submitted();

        report.Accept("reviewer@oas.org", ReviewedAt, "Thorough report.");

        var comment = Assert.Single(report.Comments);
        Assert.Equal("Thorough report.", comment.Text);
        Assert.Equal(WorkflowState.Accepted, comment.ResultingState);
    }

    [Fact]
    public void CannotAcceptADraft()
    {
        var report = new ProgressReport();

        var error = Assert.Throws<WorkflowException>(() => report.Accept("reviewer@oas.org", ReviewedAt));

        Assert.Equal(WorkflowState.Draft, error.From);
    }

    [Fact]
    public void CannotAcceptAReturnedReport()
    {
        var report = Submitted();
        report.Return("reviewer@oas.org", ReviewedAt, "Add the decree's number.");

        Assert.Throws<WorkflowException>(() => report.Accept("reviewer@oas.org", ReviewedAt.AddDays(1)));
        Assert.Equal(WorkflowState.Returned, report.State);
    }

    [Fact]
    public void CannotAcceptTwice()
    {
        var report = Submitted();
        report.Accept("reviewer@oas.org", ReviewedAt);

        Assert.Throws<WorkflowException>(() => report.Accept("other@oas.org", ReviewedAt.AddDays(1)));
        Assert.Equal("reviewer@oas.org", report.ReviewedBy);
    }

    [Fact]
    public void IsEditableByTheCountryOnlyAsADraftOrWhenReturned()
    {
        var draft = new ProgressReport();
        var submitted = Submitted();
        var returned = Submitted();
        returned.Return("reviewer@oas.org", ReviewedAt, "Add the decree's number.");
        var accepted = Submitted();
        accepted.Accept("reviewer@oas.org", ReviewedAt);

        Assert.True(draft.IsEditableByCountry);
        Assert.False(submitted.IsEditableByCountry);
        Assert.True(returned.IsEditableByCountry);
        Assert.False(accepted.IsEditableByCountry);
    }

    private static ProgressReport Submitted()
    {
        var report = new ProgressReport { CountryId = 7, PrincipleId = 1, ReportingCycleId = 2 };
        report.Submit("focal@example.org", SubmittedAt);
        return report;
    }
}
