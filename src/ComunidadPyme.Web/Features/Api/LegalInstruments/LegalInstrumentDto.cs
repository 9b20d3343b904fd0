using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Features.Api.Common;

namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

/// <summary>
/// A law, decree, policy or other instrument of a country's MSME framework. <see cref="Year"/> is the
/// year of enactment, else of publication. <see cref="IsSample"/> marks illustrative sample records.
/// </summary>
public sealed record LegalInstrumentDto(
    int Id,
    string Country,
    LegalInstrumentType Type,
    string? OfficialNumber,
    TranslatedTextDto Title,
    TranslatedTextDto? Summary,
    IReadOnlyList<LegalTopics> Topics,
    string? IssuingBody,
    DateOnly? EnactedOn,
    DateOnly? PublishedOn,
    int? Year,
    LegalStatus Status,
    string? OfficialUrl,
    IReadOnlyList<LegalRelationDto> Relations,
    bool IsSample,
    DateTime Updated);
