using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Programmes;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>Three illustrative programmes per sample country, drawn in rotation so that every template is used.</summary>
internal static class SampleProgrammes
{
    public static List<SupportProgramme> For(
        Country country,
        SampleCountryProfile profile,
        int countryIndex,
        IReadOnlyList<Institution> institutions,
        Random random)
    {
        const int perCountry = 3;
        var templates = SampleProgrammeTemplates.All;
        var programmes = new List<SupportProgramme>();
        for (var k = 0; k < perCountry; k++)
        {
            var template = templates[(perCountry * countryIndex + k) % templates.Count];
            var startsOn = new DateOnly(2012 + random.Next(0, 11), 1 + random.Next(0, 12), 1);

            // About one in four has ended, so that lists show both current and closed programmes.
            DateOnly? endsOn = random.NextDouble() < 0.25 ? startsOn.AddYears(3 + random.Next(0, 3)).AddDays(-1) : null;
            programmes.Add(new SupportProgramme
            {
                CountryId = country.Id,
                IsSample = true,
                Type = template.Type,
                TargetGroups = template.TargetGroups,
                Name = SampleText.In(profile.Language, template.Name),
                Description = SampleText.In(profile.Language, template.Description),
                Institution = RunBy(template, institutions),
                StartsOn = startsOn,
                EndsOn = endsOn,
            });
        }

        return programmes;
    }

    private static Institution? RunBy(SampleProgrammeTemplate template, IReadOnlyList<Institution> institutions) =>
        template.RunBy.Select(kind => institutions.FirstOrDefault(i => i.Kind == kind)).OfType<Institution>().FirstOrDefault()
        ?? institutions.FirstOrDefault();
}
