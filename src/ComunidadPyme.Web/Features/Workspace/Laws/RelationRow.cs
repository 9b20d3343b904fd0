using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Laws;

/// <summary>"This law amends / repeals / regulates that one."</summary>
public sealed class RelationRow
{
    [FieldLabel("Relation")]
    public LegalRelationKind? Kind { get; set; }

    [FieldLabel("Other law")]
    public int? TargetId { get; set; }

    public bool IsBlank => Kind is null && TargetId is null;
}
