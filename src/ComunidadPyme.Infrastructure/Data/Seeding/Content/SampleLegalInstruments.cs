using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Illustrative instruments for a sample country, linked so that every kind of relation appears: the
/// regulation regulates the decree, the decree repeals an older one (every third country), and an
/// amendment amends the guarantee fund law wherever that law is drawn.
/// </summary>
internal static class SampleLegalInstruments
{
    public static List<LegalInstrument> For(
        Country country, SampleCountryProfile profile, int countryIndex, PrincipleLookup principles, Random random)
    {
        var sequence = 0;
        LegalInstrument Make(SampleLegalTemplate template, int year) =>
            Create(country, profile.Language, template, year, ++sequence, principles, random);

        var decreeYear = 2015 + random.Next(0, 4);
        var decree = Make(SampleLegalTemplates.RegistrationDecree, decreeYear);
        var regulation = Make(SampleLegalTemplates.RegistrationRegulation, decreeYear + 1);
        Link(regulation, LegalRelationKind.Regulates, decree);
        List<LegalInstrument> instruments = [decree, regulation];

        if (countryIndex % 3 == 0)
        {
            var old = Make(SampleLegalTemplates.OldRegistrationDecree, 2005 + random.Next(0, 6));
            old.Status = LegalStatus.Repealed;
            Link(decree, LegalRelationKind.Repeals, old);
            instruments.Add(old);
        }

        var rotating = SampleLegalTemplates.Rotating;
        foreach (var template in new[] { rotating[(2 * countryIndex) % rotating.Count], rotating[(2 * countryIndex + 1) % rotating.Count] })
        {
            var year = 2016 + random.Next(0, 6);
            var instrument = Make(template, year);
            instruments.Add(instrument);
            if (template == SampleLegalTemplates.GuaranteeFundLaw)
            {
                var amendment = Make(SampleLegalTemplates.GuaranteeFundAmendment, year + 2 + random.Next(0, 2));
                instrument.Status = LegalStatus.Amended;
                Link(amendment, LegalRelationKind.Amends, instrument);
                instruments.Add(amendment);
            }
        }

        return instruments;
    }

    private static LegalInstrument Create(
        Country country,
        string language,
        SampleLegalTemplate template,
        int year,
        int sequence,
        PrincipleLookup principles,
        Random random)
    {
        var enacted = new DateOnly(year, 1 + random.Next(0, 12), 1 + random.Next(0, 28));
        return new LegalInstrument
        {
            CountryId = country.Id,
            IsSample = true,
            Type = template.Type,
            OfficialNumber = $"SAMPLE-{country.Iso2}-{sequence:D2}/{year}",
            Title = SampleText.In(language, template.Title),
            Summary = SampleText.In(language, template.Summary),
            Topics = template.Topics,
            EnactedOn = enacted,
            PublishedOn = enacted.AddDays(1 + random.Next(0, 10)),
            Status = LegalStatus.InForce,
            Principles = principles.Select(template.Principles, template.Areas),
        };
    }

    private static void Link(LegalInstrument source, LegalRelationKind kind, LegalInstrument target) =>
        source.Outgoing.Add(new LegalRelation { Kind = kind, Source = source, Target = target });
}
