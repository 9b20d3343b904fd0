using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>
/// Another instrument this one acts on (<see cref="IsIncoming"/> false: "amends X") or that acts on it
/// (true: "amended by X").
/// </summary>
public sealed record LawRelationItem(
    LegalRelationKind Kind,
    bool IsIncoming,
    int OtherId,
    string? OtherNumber,
    TranslatableText OtherTitle,
    bool OtherIsSample)
{
    /// <summary>The resource key of the relation's label, e.g. "Relation.Amends" or "Relation.AmendedBy".</summary>
    public string LabelKey => $"Relation.{Kind}{(IsIncoming ? "By" : string.Empty)}";
}
