using ComunidadPyme.Core.Principles;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Cycles;

public sealed class CycleForm : IVersionedForm
{
    public Guid Version { get; set; }

    [FieldLabel("Name")]
    public LocalizedTextForm Name { get; set; } = new();

    [FieldLabel("Opens on")]
    public DateOnly? OpensOn { get; set; }

    [FieldLabel("Submission deadline")]
    public DateOnly? SubmissionDeadline { get; set; }

    [FieldLabel("Status")]
    public ReportingCycleStatus? Status { get; set; }
}
