using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;

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
