using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Core.Programmes;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Demonstration content for a handful of countries (BR, MX, CO, CL, PE, CA, JM, CR, HT). Everything is
/// flagged IsSample; the real laws and bodies are reference data, and sample institutions that would repeat
/// a reference body are left out (its sample focal points join the reference authority instead). The same
/// seed always gives the same content.
/// </summary>
public static class SampleContent
{
    /// <param name="countriesByIso2">Saved countries: their Ids become the content's CountryId.</param>
    /// <param name="indicatorsByCode">Saved indicators; observations reference these objects and their Ids.</param>
    /// <param name="principles">Saved principles; legal instruments and reports reference these objects.</param>
    /// <param name="referenceInstitutions">Saved, tracked reference bodies; sample focal points may be added to them.</param>
    public static SampleContentSet Build(
        IReadOnlyDictionary<string, Country> countriesByIso2,
        IReadOnlyDictionary<string, Indicator> indicatorsByCode,
        IReadOnlyList<Principle> principles,
        IReadOnlyList<Institution>? referenceInstitutions = null,
        int seed = 2013)
    {
        var random = new Random(seed);
        var lookup = new PrincipleLookup(principles);
        var cycle = SampleProgress.Cycle();
        var previousCycle = SampleProgress.PreviousCycle();
        var indicators = indicatorsByCode.Values
            .OrderBy(i => i.SortOrder)
            .ThenBy(i => i.Code, StringComparer.Ordinal)
            .ToList();

        var institutions = new List<Institution>();
        var observations = new List<Observation>();
        var legalInstruments = new List<LegalInstrument>();
        var programmes = new List<SupportProgramme>();
        var reports = new List<ProgressReport>();

        var profiles = SampleCountryProfiles.All;
        for (var index = 0; index < profiles.Count; index++)
        {
            var profile = profiles[index];
            if (!countriesByIso2.TryGetValue(profile.Iso2, out var country))
            {
                continue;
            }

            var reference = (referenceInstitutions ?? []).Where(i => i.CountryId == country.Id).ToList();
            var sampleInstitutions = SampleInstitutions.For(country, profile, reference);
            institutions.AddRange(sampleInstitutions);
            List<Institution> countryInstitutions = [.. reference, .. sampleInstitutions];
            observations.AddRange(SampleObservations.For(country, profile, indicators, random));
            legalInstruments.AddRange(SampleLegalInstruments.For(country, profile, index, lookup, random));
            programmes.AddRange(SampleProgrammes.For(country, profile, index, countryInstitutions, random));
            reports.AddRange(SampleProgress.For(country, profile, index, lookup, cycle, random));
            reports.AddRange(SampleProgress.ForPreviousCycle(country, profile, index, lookup, previousCycle));
        }

        return new SampleContentSet(institutions, observations, legalInstruments, programmes, cycle, reports, previousCycle);
    }
}
