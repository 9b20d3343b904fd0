using ComunidadPyme.Core.Principles;
using ComunidadPyme.Web.Features.Common;
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

/// <summary>A public document or page that supports the report.</summary>
public sealed class EvidenceRow
{
    [FieldLabel("Title")]
    public string? Title { get; set; }

    [FieldLabel("Address")]
    public string? Url { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Url);
}
