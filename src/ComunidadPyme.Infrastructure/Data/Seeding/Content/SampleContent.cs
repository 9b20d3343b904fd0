using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Core.Programmes;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Demonstration content for a handful of countries (BR, MX, CO, CL, PE, CA, JM, CR, HT). Everything is
/// flagged IsSample except the real laws behind the official MSME definitions. The same seed always gives
/// the same content.
/// </summary>
public static class SampleContent
{
    /// <param name="countriesByIso2">Saved countries: their Ids become the content's CountryId.</param>
    /// <param name="indicatorsByCode">Saved indicators; observations reference these objects and their Ids.</param>
    /// <param name="principles">Saved principles; legal instruments and reports reference these objects.</param>
    public static SampleContentSet Build(
        IReadOnlyDictionary<string, Country> countriesByIso2,
        IReadOnlyDictionary<string, Indicator> indicatorsByCode,
        IReadOnlyList<Principle> principles,
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

            var countryInstitutions = SampleInstitutions.For(country, profile);
            institutions.AddRange(countryInstitutions);
            observations.AddRange(SampleObservations.For(country, profile, indicators, random));
            legalInstruments.AddRange(ReferenceLegalInstruments.For(country, lookup));
            legalInstruments.AddRange(SampleLegalInstruments.For(country, profile, index, lookup, random));
            programmes.AddRange(SampleProgrammes.For(country, profile, index, countryInstitutions, random));
            reports.AddRange(SampleProgress.For(country, profile, index, lookup, cycle, random));
            reports.AddRange(SampleProgress.ForPreviousCycle(country, profile, index, lookup, previousCycle));
        }

        return new SampleContentSet(institutions, observations, legalInstruments, programmes, cycle, reports, previousCycle);
    }
}
