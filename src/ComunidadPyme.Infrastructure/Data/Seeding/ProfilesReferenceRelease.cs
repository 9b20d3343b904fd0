using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Infrastructure.Data.Seeding.Content;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Infrastructure.Data.Seeding;

/// <summary>
/// The December 2026 release: the national MSME authority and statistics office of every member state, the
/// official definitions and the real laws they cite (loaded with or without sample content), and the
/// corrections of the reference data check (Honduras's suspension, Colombia's decree title, Peru's dates).
/// It adds what is missing and fills what is empty; a record a country has edited keeps its edits.
/// </summary>
internal sealed class ProfilesReferenceRelease(AppDbContext db)
{
    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        var countries = await db.Countries.Include(c => c.Membership).ToDictionaryAsync(c => c.Iso2, cancellationToken);
        var principles = new PrincipleLookup(await db.Principles.ToListAsync(cancellationToken));

        RecordHondurasSuspension(countries["HN"]);
        var laws = await AddLawsAsync(countries, principles, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await AddDefinitionsAsync(countries, laws, cancellationToken);
        await AddInstitutionsAsync(countries, cancellationToken);
    }

    /// <summary>Adds the suspension and its end, unless the country already records a step on those days.</summary>
    private static void RecordHondurasSuspension(Country honduras)
    {
        if (honduras.Membership.Any(p => p.Status == MembershipStatus.Suspended))
        {
            return;
        }

        honduras.Membership.AddRange(ReferenceCountries.HondurasSuspension()
            .Where(step => !honduras.Membership.Any(p => p.EffectiveFrom == step.EffectiveFrom)));
    }

    /// <returns>Every reference law now in the database, by country and official number.</returns>
    private async Task<Dictionary<(int CountryId, string Number), LegalInstrument>> AddLawsAsync(
        Dictionary<string, Country> countries, PrincipleLookup principles, CancellationToken cancellationToken)
    {
        var existing = (await db.LegalInstruments.Where(l => l.OfficialNumber != null).ToListAsync(cancellationToken))
            .GroupBy(l => (l.CountryId, l.OfficialNumber!)).ToDictionary(g => g.Key, g => g.First());
        var fresh = countries.Values.SelectMany(c => ReferenceLegalInstruments.For(c, principles)).ToList();
        var relations = fresh.SelectMany(l => l.Outgoing).ToList();
        var resolved = new Dictionary<LegalInstrument, LegalInstrument>();
        foreach (var law in fresh)
        {
            law.Outgoing = [];
            law.Incoming = [];
            if (existing.TryGetValue((law.CountryId, law.OfficialNumber!), out var stored))
            {
                LegalCorrections.Apply(stored, law);
                resolved[law] = stored;
            }
            else
            {
                db.LegalInstruments.Add(law);
                existing[(law.CountryId, law.OfficialNumber!)] = law;
                resolved[law] = law;
            }
        }

        // A relation between two laws the database already held is left as the country keeps it.
        bool WasStored(LegalInstrument law) => !ReferenceEquals(resolved[law], law);
        foreach (var relation in relations.Where(r => !(WasStored(r.Source!) && WasStored(r.Target!))))
        {
            db.LegalRelations.Add(new LegalRelation { Kind = relation.Kind, Source = resolved[relation.Source!], Target = resolved[relation.Target!] });
        }

        return existing;
    }

    private async Task AddDefinitionsAsync(
        Dictionary<string, Country> countries,
        Dictionary<(int CountryId, string Number), LegalInstrument> laws,
        CancellationToken cancellationToken)
    {
        var stored = await db.MsmeDefinitions.ToListAsync(cancellationToken);
        foreach (var (iso2, definition, lawNumber) in ReferenceDefinitions.All())
        {
            var countryId = countries[iso2].Id;
            definition.CountryId = countryId;
            definition.LegalInstrumentId = lawNumber is not null && laws.TryGetValue((countryId, lawNumber), out var law) ? law.Id : null;
            var match = stored.FirstOrDefault(d => d.CountryId == countryId
                && (d.LegalSource == definition.LegalSource || LegalCorrections.WasShippedAs(d.LegalSource, definition.LegalSource)));
            if (match is null)
            {
                db.MsmeDefinitions.Add(definition);
                continue;
            }

            LegalCorrections.Apply(match, definition);
        }
    }

    private async Task AddInstitutionsAsync(Dictionary<string, Country> countries, CancellationToken cancellationToken)
    {
        var stored = await db.Institutions.AsNoTracking()
            .Select(i => new { i.CountryId, i.Kind, i.Acronym, i.Name.Original, i.IsSample })
            .ToListAsync(cancellationToken);
        foreach (var reference in ReferenceInstitutions.All())
        {
            var countryId = countries[reference.Iso2].Id;
            var known = stored.Any(i => i.CountryId == countryId && !i.IsSample
                && ((reference.Acronym is not null && i.Acronym == reference.Acronym) || i.Original == reference.Name.Original));
            if (!known)
            {
                db.Institutions.Add(reference.ToInstitution(countryId));
            }
        }
    }
}
