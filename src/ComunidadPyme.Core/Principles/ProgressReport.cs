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

    /// <summary>The reviewer's independent assessment, beside the country's own <see cref="Level"/>.</summary>
    public AssessmentLevel? AssessedLevel { get; private set; }
    public string? AssessmentRationale { get; private set; }
    public DateTime? AssessedAtUtc { get; private set; }
    public string? AssessedBy { get; private set; }

    /// <summary>The accepted report of an earlier cycle this one started from, when a cycle was opened.</summary>
    public int? CarriedForwardFromId { get; private set; }

    /// <summary>Carried forward and not yet confirmed or edited by the country: "still true?".</summary>
    public bool AwaitsConfirmation { get; private set; }

    public Principle? Principle { get; set; }
    public ReportingCycle? ReportingCycle { get; set; }

    /// <summary>The country may edit the report only while it is a draft or was returned to it.</summary>
    public bool IsEditableByCountry => State is WorkflowState.Draft or WorkflowState.Returned;

    /// <summary>How many levels apart the country's view and the reviewer's are; null until the reviewer has assessed.</summary>
    public int? LevelGap => AssessedLevel is { } assessed ? Math.Abs((int)Level - (int)assessed) : null;

    /// <summary>Whether the two views differ by <see cref="AssessmentScale.FlaggedGap"/> levels or more.</summary>
    public bool HasFlaggedGap => LevelGap >= AssessmentScale.FlaggedGap;

    /// <summary>The reviewer's level as the public may see it: only once the report is accepted.</summary>
    public AssessmentLevel? PublicAssessedLevel => State == WorkflowState.Accepted ? AssessedLevel : null;

    /// <summary>
    /// A new cycle's draft that starts from this accepted report: the same level, narrative and evidence, marked
    /// "carried forward — still true?" until the country confirms or edits it.
    /// </summary>
    public ProgressReport CarryForwardTo(ReportingCycle cycle)
    {
        if (State != WorkflowState.Accepted)
        {
            throw new WorkflowException(State, "carried forward");
        }

        return new ProgressReport
        {
            CountryId = CountryId,
            IsSample = IsSample,
            PrincipleId = PrincipleId,
            ReportingCycle = cycle,
            ReportingCycleId = cycle.Id,
            Level = Level,
            Narrative = Narrative is null ? null : TranslatableText.Copy(Narrative),
            Evidence = [.. Evidence.Select(e => new EvidenceLink { Title = e.Title, Url = e.Url })],
            CarriedForwardFromId = Id,
            AwaitsConfirmation = true,
        };
    }

    /// <summary>The country has confirmed or edited a carried-forward report: it is its own again.</summary>
    public void ConfirmCarriedForward() => AwaitsConfirmation = false;

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

    /// <summary>An accepted report goes back to the country, with the reason, to be revised and resubmitted.</summary>
    public void Reopen(string reviewer, DateTime atUtc, string reason)
    {
        if (State != WorkflowState.Accepted)
        {
            throw new WorkflowException(State, "reopened");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reopened report needs the reason.", nameof(reason));
        }

        Review(WorkflowState.Returned, reviewer, atUtc, reason);
    }

    /// <summary>The reviewer's level on the five-level scale, with a short rationale; while under review or accepted.</summary>
    public void Assess(string reviewer, DateTime atUtc, AssessmentLevel level, string rationale)
    {
        if (State is not (WorkflowState.Submitted or WorkflowState.Accepted))
        {
            throw new WorkflowException(State, "assessed");
        }

        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not a level of the scale.");
        }

        AssessedLevel = level;
        AssessmentRationale = string.IsNullOrWhiteSpace(rationale) ? null : rationale.Trim();
        AssessedAtUtc = atUtc;
        AssessedBy = reviewer;
    }

    /// <summary>
    /// A correction of the OAS review's level of an accepted report after its cycle has closed: the report stays
    /// accepted and frozen for the country; the new level and rationale replace the old ones (the audit trail keeps
    /// both), and the reason is written in the thread so that everyone who reads the report sees it.
    /// </summary>
    public void CorrectAssessment(string administrator, DateTime atUtc, AssessmentLevel level, string? rationale, string reason)
    {
        if (State != WorkflowState.Accepted)
        {
            throw new WorkflowException(State, "corrected");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A correction needs the reason.", nameof(reason));
        }

        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not a level of the scale.");
        }

        AssessedLevel = level;
        AssessmentRationale = string.IsNullOrWhiteSpace(rationale) ? null : rationale.Trim();
        AssessedAtUtc = atUtc;
        AssessedBy = administrator;
        Comments.Add(new ReviewComment
        {
            Author = administrator, ByReviewer = true, WrittenAtUtc = atUtc, Text = reason.Trim(), ResultingState = State,
        });
    }

    /// <summary>A message in the report's thread that does not change its state, from either side.</summary>
    public void AddComment(string author, bool byReviewer, DateTime atUtc, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A comment needs text.", nameof(text));
        }

        Comments.Add(new ReviewComment { Author = author, ByReviewer = byReviewer, WrittenAtUtc = atUtc, Text = text.Trim() });
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
                Author = reviewer, ByReviewer = true, WrittenAtUtc = atUtc, Text = comment.Trim(), ResultingState = next,
            });
        }
    }
}
