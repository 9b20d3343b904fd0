using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Progress;

public sealed class ProgressForm : IVersionedForm
{
    public const int BlankEvidenceRows = 3;

    public Guid Version { get; set; }

    /// <summary>Chosen when the report is created; fixed afterwards.</summary>
    [FieldLabel("Principle")]
    public int? PrincipleId { get; set; }

    /// <summary>Chosen when the report is created; fixed afterwards.</summary>
    [FieldLabel("Reporting cycle")]
    public int? ReportingCycleId { get; set; }

    [FieldLabel("Level of progress")]
    public ProgressLevel? Level { get; set; }

    [FieldLabel("Narrative")]
    public TranslatableTextForm Narrative { get; set; } = new();

    [FieldLabel("Evidence")]
    public List<EvidenceRow> Evidence { get; set; } = [];

    public IEnumerable<EvidenceRow> FilledEvidence => Evidence.Where(e => !e.IsBlank);
}
