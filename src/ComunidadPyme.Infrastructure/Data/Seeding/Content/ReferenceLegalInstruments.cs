using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// The real laws behind the official MSME definitions and those they amend or regulate (reference data, loaded
/// with or without sample content). Titles are the official ones in the original language; dates and official
/// addresses are given only where a source showed them, never guessed.
/// </summary>
internal static partial class ReferenceLegalInstruments
{
    public static IReadOnlyList<LegalInstrument> For(Country country, PrincipleLookup principles) => country.Iso2 switch
    {
        "BR" => Brazil(country.Id, principles),
        "CL" => [Chile(country.Id, principles)],
        "PE" => Peru(country.Id, principles),
        "CO" => Colombia(country.Id, principles),
        "MX" => Mexico(country.Id),
        "AR" => Argentina(country.Id),
        "PA" => [Panama(country.Id)],
        "AG" => [AntiguaAndBarbuda(country.Id)],
        "LC" => [SaintLucia(country.Id)],
        _ => [],
    };

    private static LegalInstrument Create(
        int countryId,
        LegalInstrumentType type,
        string officialNumber,
        string issuingBody,
        LegalTopics topics,
        LegalStatus status,
        DateOnly? enactedOn,
        DateOnly? publishedOn) => new()
        {
            CountryId = countryId,
            IsSample = false,
            Type = type,
            OfficialNumber = officialNumber,
            IssuingBody = issuingBody,
            Topics = topics,
            Status = status,
            EnactedOn = enactedOn,
            PublishedOn = publishedOn,
        };

    private static void Link(LegalInstrument source, LegalRelationKind kind, LegalInstrument target) =>
        source.Outgoing.Add(new LegalRelation { Kind = kind, Source = source, Target = target });
}
