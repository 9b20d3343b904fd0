using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Laws;

public sealed class LawForm : IVersionedForm
{
    /// <summary>Empty rows offered below the existing relations for adding new ones.</summary>
    public const int BlankRelations = 3;

    public Guid Version { get; set; }

    [FieldLabel("Type")]
    public LegalInstrumentType? Type { get; set; }

    [FieldLabel("Official number")]
    public string? OfficialNumber { get; set; }

    [FieldLabel("Title")]
    public TranslatableTextForm Title { get; set; } = new();

    [FieldLabel("Summary")]
    public TranslatableTextForm Summary { get; set; } = new();

    [FieldLabel("Topics")]
    public List<LegalTopics> Topics { get; set; } = [];

    [FieldLabel("Issuing body")]
    public string? IssuingBody { get; set; }

    [FieldLabel("Enacted on")]
    public DateOnly? EnactedOn { get; set; }

    [FieldLabel("Published on")]
    public DateOnly? PublishedOn { get; set; }

    [FieldLabel("Status")]
    public LegalStatus? Status { get; set; }

    [FieldLabel("Official address")]
    public string? OfficialUrl { get; set; }

    [FieldLabel("Official text (PDF)")]
    public IFormFile? Document { get; set; }

    [FieldLabel("Remove the attached official text")]
    public bool RemoveDocument { get; set; }

    [FieldLabel("Relations to other laws")]
    public List<RelationRow> Relations { get; set; } = [];

    [FieldLabel("Principles")]
    public List<int> PrincipleIds { get; set; } = [];

    public IEnumerable<RelationRow> FilledRelations => Relations.Where(r => !r.IsBlank);
}

/// <summary>"This law amends / repeals / regulates that one."</summary>
public sealed class RelationRow
{
    [FieldLabel("Relation")]
    public LegalRelationKind? Kind { get; set; }

    [FieldLabel("Other law")]
    public int? TargetId { get; set; }

    public bool IsBlank => Kind is null && TargetId is null;
}
