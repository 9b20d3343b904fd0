using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Progress;

/// <summary>
/// A country's progress reports. The country writes and submits them; only drafts and returned reports can be
/// changed, and only never-submitted drafts deleted (the review workflow itself belongs to the reviewers' pages).
/// </summary>
public sealed class ProgressEditor(
    AppDbContext db, VersionedSaver saver, ProgressChoices choices, ICurrentUser currentUser, TimeProvider clock,
    WorkspaceText<WorkspaceProgressResource> l)
    : IRecordEditor<WorkspaceCountry, int, ProgressForm>
{
    public IStringLocalizer Labels => l;

    /// <summary>The country's reports, newest cycle first, each with its levels in the previous cycle (for the change).</summary>
    public async Task<IReadOnlyList<ProgressReportListItem>> ListAsync(int countryId, CancellationToken cancellationToken)
    {
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => r.CountryId == countryId)
            .OrderByDescending(r => r.ReportingCycle!.OpensOn).ThenBy(r => r.Principle!.Kind).ThenBy(r => r.Principle!.Number)
            .Select(r => new
            {
                r.PrincipleId, r.ReportingCycleId,
                Item = new ProgressReportListItem(r.Id, r.Principle!.Kind, r.Principle.Number, r.Principle.ShortTitle, r.ReportingCycle!.Name,
                    r.Level, r.AssessedLevel, r.State, r.SubmittedAtUtc, r.Version, r.IsSample, r.UpdatedBy, r.UpdatedAtUtc, r.AwaitsConfirmation,
                    r.ReportingCycle.Status == ReportingCycleStatus.Closed, null, null),
            })
            .ToListAsync(cancellationToken);
        if (reports.Count == 0)
        {
            return [];
        }

        var cycles = await db.ReportingCycles.AsNoTracking().OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var previousCycle = ComunidadPyme.Web.Features.Progress.CycleOrder.PreviousOf(cycles);
        var byCycle = reports.ToDictionary(r => (r.PrincipleId, r.ReportingCycleId), r => r.Item);
        return [.. reports.Select(r =>
            previousCycle.TryGetValue(r.ReportingCycleId, out var previous) && byCycle.TryGetValue((r.PrincipleId, previous), out var before)
                ? r.Item with { PreviousLevel = before.Level, PreviousAssessedLevel = before.AssessedLevel }
                : r.Item)];
    }

    public async Task<EditorPage<ProgressForm>?> NewAsync(WorkspaceCountry country, CancellationToken cancellationToken) => new()
    {
        Form = new ProgressForm
        {
            Level = ProgressLevel.NotStarted,
            Narrative = TranslatableTextForm.From(null, country.OfficialLanguages.FirstOrDefault() ?? "en"),
            Evidence = [.. Enumerable.Range(0, ProgressForm.BlankEvidenceRows).Select(_ => new EvidenceRow())],
        },
        Options = await choices.OptionsAsync(cancellationToken),
    };

    public async Task<EditorPage<ProgressForm>?> LoadAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.AsNoTracking().AsSplitQuery()
            .Include(r => r.Principle).Include(r => r.ReportingCycle).Include(r => r.Comments)
            .FirstOrDefaultAsync(r => r.Id == id && r.CountryId == country.Id, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var lang = SupportedCultures.Current;
        var principle = PrincipleLabel.Of(l, report.Principle!.Kind, report.Principle.Number, report.Principle.ShortTitle, lang);
        return new EditorPage<ProgressForm>
        {
            Id = report.Id,
            RecordTitle = principle,
            IsSample = report.IsSample,
            UpdatedBy = report.UpdatedBy,
            UpdatedAtUtc = report.UpdatedAtUtc,
            LockedReason = report.ReportingCycle!.Status == ReportingCycleStatus.Closed
                ? l["This report's cycle is closed: its reports are frozen."].Value
                : report.IsEditableByCountry ? null : l["This report is {0}: it can no longer be changed.", EnumText.Of(l, report.State).ToLowerInvariant()].Value,
            Details = new ProgressDetails(principle, report.ReportingCycle!.Name.In(lang), report.State, report.SubmittedAtUtc,
                [.. report.Comments.OrderBy(c => c.WrittenAtUtc).ThenBy(c => c.Id)], report.ReportingCycle.Status == ReportingCycleStatus.Closed),
            Form = new ProgressForm
            {
                Version = report.Version,
                Level = report.Level,
                Narrative = TranslatableTextForm.From(report.Narrative, "en"),
                Evidence =
                [
                    .. report.Evidence.Select(e => new EvidenceRow { Title = e.Title, Url = e.Url }),
                    .. Enumerable.Range(0, ProgressForm.BlankEvidenceRows).Select(_ => new EvidenceRow()),
                ],
            },
        };
    }

    public Task<IReadOnlyList<FieldProblem>> ProblemsOfNewAsync(WorkspaceCountry country, ProgressForm form, CancellationToken cancellationToken) =>
        choices.ProblemsOfNewReportAsync(country, form, cancellationToken);

    public async Task<EditOutcome> CreateAsync(WorkspaceCountry country, ProgressForm form, CancellationToken cancellationToken)
    {
        var report = new ProgressReport
        {
            CountryId = country.Id, PrincipleId = form.PrincipleId!.Value, ReportingCycleId = form.ReportingCycleId!.Value,
        };
        Apply(form, report);
        db.ProgressReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return EditOutcome.Saved;
    }

    public async Task<EditOutcome> UpdateAsync(WorkspaceCountry country, int id, ProgressForm form, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.Include(r => r.ReportingCycle)
            .FirstOrDefaultAsync(r => r.Id == id && r.CountryId == country.Id, cancellationToken);
        if (report is null)
        {
            return EditOutcome.NotFound;
        }

        if (!IsChangeable(report))
        {
            return EditOutcome.Locked;
        }

        Apply(form, report);
        report.ConfirmCarriedForward();
        return await saver.TrySaveAsync(report, form.Version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    /// <summary>Hands the report to the reviewers; afterwards the country can no longer change it unless it is returned.</summary>
    public async Task<EditOutcome> SubmitAsync(WorkspaceCountry country, int id, Guid version, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.Include(r => r.ReportingCycle)
            .FirstOrDefaultAsync(r => r.Id == id && r.CountryId == country.Id, cancellationToken);
        if (report is null)
        {
            return EditOutcome.NotFound;
        }

        if (!IsChangeable(report))
        {
            return EditOutcome.Locked;
        }

        report.ConfirmCarriedForward();
        report.Submit(currentUser.UserName, clock.GetUtcNow().UtcDateTime);
        return await saver.TrySaveAsync(report, version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    public async Task<DeleteViewModel?> LoadDeleteAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.AsNoTracking()
            .Where(r => r.Id == id && r.CountryId == country.Id)
            .Select(r => new { r.Principle!.Kind, r.Principle.Number, r.Principle.ShortTitle, r.Version, r.State, r.SubmittedAtUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return null;
        }

        List<string> consequences = IsDeletable(report.State, report.SubmittedAtUtc)
            ? []
            : [l["The reviewers have seen this report, so it cannot be deleted."].Value];
        return new DeleteViewModel(
            PrincipleLabel.Of(l, report.Kind, report.Number, report.ShortTitle, SupportedCultures.Current), consequences, report.Version);
    }

    public async Task<EditOutcome> DeleteAsync(WorkspaceCountry country, int id, Guid version, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.Include(r => r.Comments)
            .FirstOrDefaultAsync(r => r.Id == id && r.CountryId == country.Id, cancellationToken);
        if (report is null)
        {
            return EditOutcome.NotFound;
        }

        if (!IsDeletable(report.State, report.SubmittedAtUtc))
        {
            return EditOutcome.Locked;
        }

        return await saver.TryDeleteAsync(report, version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    /// <summary>"Still true": the country confirms a report carried forward from the previous cycle as it stands.</summary>
    public async Task<EditOutcome> ConfirmCarriedForwardAsync(WorkspaceCountry country, int id, Guid version, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.Include(r => r.ReportingCycle)
            .FirstOrDefaultAsync(r => r.Id == id && r.CountryId == country.Id, cancellationToken);
        if (report is null || !report.AwaitsConfirmation)
        {
            return EditOutcome.NotFound;
        }

        if (!IsChangeable(report))
        {
            return EditOutcome.Locked;
        }

        report.ConfirmCarriedForward();
        return await saver.TrySaveAsync(report, version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    /// <summary>The country answers in the report's thread, in any state, while its cycle is not closed.</summary>
    public async Task<EditOutcome> CommentAsync(WorkspaceCountry country, int id, Guid version, string text, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.Include(r => r.ReportingCycle).Include(r => r.Comments)
            .FirstOrDefaultAsync(r => r.Id == id && r.CountryId == country.Id, cancellationToken);
        if (report is null)
        {
            return EditOutcome.NotFound;
        }

        if (report.ReportingCycle!.Status == ReportingCycleStatus.Closed)
        {
            return EditOutcome.Locked;
        }

        report.AddComment(currentUser.UserName, byReviewer: false, clock.GetUtcNow().UtcDateTime, text);
        return await saver.TrySaveAsync(report, version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    /// <summary>The country changes a report only while it is its own (draft or returned) and its cycle is not closed.</summary>
    private static bool IsChangeable(ProgressReport report) =>
        report.IsEditableByCountry && report.ReportingCycle!.Status != ReportingCycleStatus.Closed;

    /// <summary>A report the reviewers have seen keeps its place in the review history.</summary>
    private static bool IsDeletable(WorkflowState state, DateTime? submittedAtUtc) => state == WorkflowState.Draft && submittedAtUtc is null;

    private static void Apply(ProgressForm form, ProgressReport report)
    {
        report.Level = form.Level!.Value;
        report.Narrative = form.Narrative.ToValue(rich: true);
        report.Evidence = [.. form.FilledEvidence.Select(e => new EvidenceLink { Title = e.Title!.Trim(), Url = e.Url!.Trim() })];
    }
}

/// <summary>A report in the section's list, with the OAS reviewer's independent level once assessed.</summary>
public sealed record ProgressReportListItem(
    int Id, PrincipleKind Kind, int Number, LocalizedText PrincipleTitle, LocalizedText Cycle, ProgressLevel Level,
    AssessmentLevel? AssessedLevel, WorkflowState State, DateTime? SubmittedAtUtc, Guid Version, bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc,
    bool AwaitsConfirmation, bool IsFrozen, ProgressLevel? PreviousLevel, AssessmentLevel? PreviousAssessedLevel)
{
    public LevelChange Change => AssessmentScale.Change((int?)PreviousLevel, (int)Level);

    public LevelChange AssessedChange => AssessmentScale.Change((int?)PreviousAssessedLevel, (int?)AssessedLevel);

    public bool IsEditable => State is (WorkflowState.Draft or WorkflowState.Returned) && !IsFrozen;

    public int? Gap => AssessedLevel is { } assessed ? Math.Abs((int)Level - (int)assessed) : null;

    public bool HasFlaggedGap => Gap >= AssessmentScale.FlaggedGap;
}

/// <summary>What an edit page shows about a report besides the form: its principle, cycle, state and reviewers' comments.</summary>
public sealed record ProgressDetails(
    string Principle, string Cycle, WorkflowState State, DateTime? SubmittedAtUtc, IReadOnlyList<ReviewComment> Comments, bool IsFrozen);
