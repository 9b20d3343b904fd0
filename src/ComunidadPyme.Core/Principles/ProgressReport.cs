using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Core.Principles;

/// <summary>
/// A country's report on one principle for one reporting cycle. The country drafts and submits it; OAS
/// reviewers return it with comments or accept it; only accepted reports are public.
/// </summary>
public class ProgressReport : CountryContent
{
    public int PrincipleId { get; set; }
    public int ReportingCycleId { get; set; }
    public ProgressLevel Level { get; set; } = ProgressLevel.NotStarted;
    public TranslatableText? Narrative { get; set; }
    public List<EvidenceLink> Evidence { get; set; } = [];
    public WorkflowState State { get; private set; } = WorkflowState.Draft;
    public DateTime? SubmittedAtUtc { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTime? ReviewedAtUtc { get; private set; }
    public string? ReviewedBy { get; private set; }
    public List<ReviewComment> Comments { get; set; } = [];

    public Principle? Principle { get; set; }
    public ReportingCycle? ReportingCycle { get; set; }

    /// <summary>The country may edit the report only while it is a draft or was returned to it.</summary>
    public bool IsEditableByCountry => State is WorkflowState.Draft or WorkflowState.Returned;

    public void Submit(string by, DateTime atUtc)
    {
        if (!IsEditableByCountry)
        {
            throw new WorkflowException(State, "submitted");
        }

        State = WorkflowState.Submitted;
        SubmittedAtUtc = atUtc;
        SubmittedBy = by;
    }

    public void Return(string reviewer, DateTime atUtc, string comment)
    {
        if (State != WorkflowState.Submitted)
        {
            throw new WorkflowException(State, "returned");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new ArgumentException("A returned report needs a comment saying what to change.", nameof(comment));
        }

        Review(WorkflowState.Returned, reviewer, atUtc, comment);
    }

    public void Accept(string reviewer, DateTime atUtc, string? comment = null)
    {
        if (State != WorkflowState.Submitted)
        {
            throw new WorkflowException(State, "accepted");
        }

        Review(WorkflowState.Accepted, reviewer, atUtc, comment);
    }

    private void Review(WorkflowState next, string reviewer, DateTime atUtc, string? comment)
    {
        State = next;
        ReviewedAtUtc = atUtc;
        ReviewedBy = reviewer;
        if (!string.IsNullOrWhiteSpace(comment))
        {
            Comments.Add(new ReviewComment
            {
                Author = reviewer, WrittenAtUtc = atUtc, Text = comment.Trim(), ResultingState = next,
            });
        }
    }
}
