using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Review;

/// <summary>What happens to a report under review: the reviewers' actions, then the country's.</summary>
public enum ReviewAction
{
    Accept = 1,
    Return = 2,
    Comment = 3,
    Reopen = 4,
    Assess = 5,

    /// <summary>The country submitted (or resubmitted) the report.</summary>
    Submit = 6,

    /// <summary>The country wrote in the report's thread.</summary>
    CountryComment = 7,

    /// <summary>An administrator corrected the OAS level of an accepted report of a closed cycle.</summary>
    Correct = 8,
}

/// <summary>How a reviewer's action ended; nothing is written unless it is <see cref="Done"/>.</summary>
public enum ReviewOutcome
{
    Done = 1,
    NotFound = 2,

    /// <summary>Someone acted on the report after the page was loaded: the action was not applied.</summary>
    Conflict = 3,

    /// <summary>The report's state does not allow the action (e.g. accepting a returned report).</summary>
    NotAllowed = 4,

    /// <summary>The report's cycle is closed: its reports are frozen.</summary>
    CycleClosed = 5,
}

/// <summary>The review page of one report.</summary>
public sealed record ReportReviewViewModel(
    int Id,
    string CountryIso2,
    string CountryName,
    PrincipleKind Kind,
    int Number,
    string PrincipleTitle,
    string PrincipleText,
    string Cycle,
    ReportingCycleStatus CycleStatus,
    WorkflowState State,
    ProgressLevel Level,
    AssessmentLevel? AssessedLevel,
    string? AssessmentRationale,
    string? AssessedBy,
    TranslatableText? Narrative,
    IReadOnlyList<EvidenceView> Evidence,
    string? SubmittedBy,
    DateTime? SubmittedAtUtc,
    IReadOnlyList<ReviewComment> Thread,
    PreviousCycleReport? Previous,
    bool AwaitsConfirmation,
    bool IsSample,
    Guid Version)
{
    public bool HasFlaggedGap => AssessedLevel is { } a && Math.Abs((int)Level - (int)a) >= AssessmentScale.FlaggedGap;

    public bool IsFrozen => CycleStatus == ReportingCycleStatus.Closed;

    public LevelChange LevelChange => AssessmentScale.Change(Previous is null ? null : (int)Previous.Level, (int)Level);

    public LevelChange AssessedLevelChange => AssessmentScale.Change((int?)Previous?.AssessedLevel, (int?)AssessedLevel);
}

/// <summary>An evidence link; a link to a law in this portal shows that law's title.</summary>
public sealed record EvidenceView(string Title, string Url, string? PortalTitle)
{
    public bool IsPortalLink => PortalTitle is not null;
}

/// <summary>The same country's report on the same principle in the previous cycle, and what changed since.</summary>
public sealed record PreviousCycleReport(
    string Cycle, WorkflowState State, ProgressLevel Level, AssessmentLevel? AssessedLevel, TranslatableText? Narrative,
    IReadOnlyList<EvidenceLink> Evidence, bool NarrativeChanged, IReadOnlyList<string> EvidenceAdded, IReadOnlyList<string> EvidenceRemoved);

/// <summary>Who the e-mails after an action go to, and about what.</summary>
public sealed record ReviewNotice(int ReportId, int CountryId, string CountryIso2, ReviewAction Action, string? Text, string Actor);

/// <summary>Loads a report for review and applies the reviewers' actions against the version they saw.</summary>
public sealed class ReportReviewService(AppDbContext db, VersionedSaver saver, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<ReportReviewViewModel?> LoadAsync(int id, string language, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.AsNoTracking()
            .Include(r => r.Principle).Include(r => r.ReportingCycle).Include(r => r.Comments)
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var country = await db.Countries.AsNoTracking().Where(c => c.Id == report.CountryId)
            .Select(c => new { c.Iso2, c.Name }).SingleAsync(cancellationToken);
        var previous = await PreviousAsync(report, language, cancellationToken);
        var evidence = await EvidenceTitles.ResolveAsync(db, report.Evidence, cancellationToken);

        return new ReportReviewViewModel(
            report.Id, country.Iso2, country.Name.In(language), report.Principle!.Kind, report.Principle.Number,
            report.Principle.ShortTitle.In(language), report.Principle.Text.In(language), report.ReportingCycle!.Name.In(language),
            report.ReportingCycle.Status, report.State, report.Level, report.AssessedLevel, report.AssessmentRationale,
            report.AssessedBy, report.Narrative, evidence, report.SubmittedBy, report.SubmittedAtUtc,
            [.. report.Comments.OrderBy(c => c.WrittenAtUtc).ThenBy(c => c.Id)], previous, report.AwaitsConfirmation,
            report.IsSample, report.Version);
    }

    /// <summary>Applies one action to the version the reviewer saw; <paramref name="notice"/> says whom to tell.</summary>
    public async Task<(ReviewOutcome Outcome, ReviewNotice? Notice, WorkflowState? Now)> ActAsync(
        int id, ReviewAction action, Guid version, string? text, AssessmentLevel? level, CancellationToken cancellationToken,
        string? rationale = null)
    {
        var report = await db.ProgressReports.Include(r => r.Comments).Include(r => r.ReportingCycle)
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return (ReviewOutcome.NotFound, null, null);
        }

        if (report.Version != version)
        {
            return (ReviewOutcome.Conflict, null, report.State);
        }

        // A closed cycle's reports are frozen; the one change left is an administrator's correction of the OAS level,
        // which in turn is only for closed cycles (while a cycle is open, the ordinary actions do).
        var closed = report.ReportingCycle!.Status == ReportingCycleStatus.Closed;
        if (closed != (action == ReviewAction.Correct))
        {
            return (closed ? ReviewOutcome.CycleClosed : ReviewOutcome.NotAllowed, null, report.State);
        }

        var reviewer = currentUser.UserName;
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            switch (action)
            {
                case ReviewAction.Accept:
                    report.Accept(reviewer, now, text);
                    break;
                case ReviewAction.Return:
                    report.Return(reviewer, now, text ?? string.Empty);
                    break;
                case ReviewAction.Reopen:
                    report.Reopen(reviewer, now, text ?? string.Empty);
                    break;
                case ReviewAction.Comment:
                    report.AddComment(reviewer, byReviewer: true, now, text ?? string.Empty);
                    break;
                case ReviewAction.Assess:
                    report.Assess(reviewer, now, level ?? throw new ArgumentException("A level is needed.", nameof(level)), text ?? string.Empty);
                    break;
                case ReviewAction.Correct:
                    report.CorrectAssessment(reviewer, now, level ?? throw new ArgumentException("A level is needed.", nameof(level)),
                        rationale, text ?? string.Empty);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(action), action, null);
            }
        }
        catch (WorkflowException)
        {
            return (ReviewOutcome.NotAllowed, null, report.State);
        }

        // The saver renews the version even for a comment, so a comment, too, collides with a concurrent action.
        if (!await saver.TrySaveAsync(report, version, cancellationToken))
        {
            return (ReviewOutcome.Conflict, null, null);
        }

        var iso2 = await db.Countries.Where(c => c.Id == report.CountryId).Select(c => c.Iso2).SingleAsync(cancellationToken);
        var notice = action == ReviewAction.Assess ? null : new ReviewNotice(report.Id, report.CountryId, iso2, action, text?.Trim(), reviewer);
        return (ReviewOutcome.Done, notice, report.State);
    }

    private async Task<PreviousCycleReport?> PreviousAsync(ProgressReport report, string language, CancellationToken cancellationToken)
    {
        var opensOn = report.ReportingCycle!.OpensOn;
        var previous = await db.ProgressReports.AsNoTracking()
            .Where(r => r.CountryId == report.CountryId && r.PrincipleId == report.PrincipleId && r.ReportingCycle!.OpensOn < opensOn)
            .OrderByDescending(r => r.ReportingCycle!.OpensOn)
            .Select(r => new { r.State, r.Level, r.AssessedLevel, r.Narrative, r.Evidence, r.ReportingCycle!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (previous is null)
        {
            return null;
        }

        var before = previous.Evidence.Select(e => e.Url).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = report.Evidence.Select(e => e.Url).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new PreviousCycleReport(
            previous.Name.In(language), previous.State, previous.Level, previous.AssessedLevel, previous.Narrative, previous.Evidence,
            !string.Equals(previous.Narrative?.Original, report.Narrative?.Original, StringComparison.Ordinal),
            [.. report.Evidence.Where(e => !before.Contains(e.Url)).Select(e => e.Title)],
            [.. previous.Evidence.Where(e => !now.Contains(e.Url)).Select(e => e.Title)]);
    }
}
