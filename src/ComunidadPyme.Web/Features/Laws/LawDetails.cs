using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>Everything the page of one instrument shows.</summary>
public sealed record LawDetails(
    int Id,
    TranslatableText Title,
    TranslatableText? Summary,
    string CountryIso2,
    string CountryName,
    LegalInstrumentType Type,
    string? OfficialNumber,
    string? IssuingBody,
    DateOnly? EnactedOn,
    DateOnly? PublishedOn,
    LegalStatus Status,
    string? OfficialUrl,
    IReadOnlyList<LegalTopics> Topics,
    IReadOnlyList<LawPrincipleItem> Principles,
    IReadOnlyList<LawRelationItem> Relations,
    LawDocumentItem? Document,
    bool IsSample);

/// <summary>A principle (or area of emphasis) an instrument serves, titled in the visitor's language.</summary>
public sealed record LawPrincipleItem(PrincipleKind Kind, int Number, string ShortTitle);

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

/// <summary>The uploaded official text of an instrument, as offered for download.</summary>
public sealed record LawDocumentItem(string FileName, long? SizeBytes);
