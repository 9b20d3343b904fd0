using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>What the legal library index knows of one instrument.</summary>
public sealed record LegalIndexEntry(
    int Id,
    int CountryId,
    string CountryIso2,
    LegalInstrumentType Type,
    LegalStatus Status,
    LegalTopics Topics,
    string? OfficialNumber,
    TranslatableText Title,
    TranslatableText? Summary,
    DateOnly? EnactedOn,
    DateOnly? PublishedOn);
