using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Workspace.Progress;

public sealed record ProgressReportListItem(
    int Id, PrincipleKind Kind, int Number, LocalizedText PrincipleTitle, LocalizedText Cycle, ProgressLevel Level,
    WorkflowState State, DateTime? SubmittedAtUtc, Guid Version, bool IsSample, string? UpdatedBy, DateTime UpdatedAtUtc)
{
    public bool IsEditable => State is WorkflowState.Draft or WorkflowState.Returned;
}
