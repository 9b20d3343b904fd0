using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Workspace.Progress;

/// <summary>What an edit page shows about a report besides the form: its principle, cycle, state and reviewers' comments.</summary>
public sealed record ProgressDetails(
    string Principle, string Cycle, WorkflowState State, DateTime? SubmittedAtUtc, IReadOnlyList<ReviewComment> Comments);
