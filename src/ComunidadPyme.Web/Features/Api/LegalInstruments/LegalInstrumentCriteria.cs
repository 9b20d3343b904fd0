using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Features.Api.Common;

namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

/// <summary>What a client asks of the legal library; every part is optional.</summary>
public sealed record LegalInstrumentCriteria(
    string? Text,
    string? CountryIso2,
    LegalTopics? Topic,
    LegalInstrumentType? Type,
    LegalStatus? Status,
    int? Year)
{
    public static LegalInstrumentCriteria From(LegalInstrumentQuery query) => new(
        string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(),
        string.IsNullOrWhiteSpace(query.Country) ? null : query.Country.Trim().ToUpperInvariant(),
        EnumNames.ValueOrNull<LegalTopics>(query.Topic),
        EnumNames.ValueOrNull<LegalInstrumentType>(query.Type),
        EnumNames.ValueOrNull<LegalStatus>(query.Status),
        ApiNumbers.WholeNumberOrNull(query.Year));
}
