using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>
/// Reads a country's public profile with one query per part, so a page costs the same few queries whatever
/// the amount of data. Only public material is read: accepted progress reports, focal points' public fields.
/// </summary>
public sealed partial class CountryProfileService(AppDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<CountryHeader?> FindCountryAsync(string iso2, CancellationToken cancellationToken)
    {
        if (!Iso2Code.TryNormalize(iso2, out var code))
        {
            return null;
        }

        var country = await db.Countries.AsNoTracking()
            .Where(c => c.Iso2 == code)
            .Select(c => new
            {
                c.Id, c.Iso2, c.Iso3, c.Name, c.SubRegion, c.OfficialLanguages, c.CurrencyCode, c.PolicyOverview,
                Membership = c.Membership.OrderBy(m => m.EffectiveFrom)
                    .Select(m => new MembershipStep(m.Status, m.EffectiveFrom, m.Precision, m.Note)).ToList(),
                Confirmations = c.Confirmations.Select(s => new { s.Section, s.ConfirmedAtUtc }).ToList(),
            })
            .AsSingleQuery()
            .SingleOrDefaultAsync(cancellationToken);
        return country is null
            ? null
            : new CountryHeader(country.Id, country.Iso2, country.Iso3, country.Name, country.SubRegion,
                country.OfficialLanguages, country.CurrencyCode, country.PolicyOverview, country.Membership,
                country.Confirmations.ToDictionary(s => s.Section, s => s.ConfirmedAtUtc));
    }

    public async Task<CountryProfileViewModel?> GetProfileAsync(
        string iso2, LegalFilter lawFilter, string language, CancellationToken cancellationToken)
    {
        if (await FindCountryAsync(iso2, cancellationToken) is not { } country)
        {
            return null;
        }

        var institutions = await InstitutionsAsync(country.Id, cancellationToken);
        var focalPoints = await FocalPointsAsync(country.Id, cancellationToken);
        var definitions = await DefinitionsAsync(country.Id, cancellationToken);
        var observations = await ObservationsAsync(country.Id, cancellationToken);
        var laws = await LawsAsync(country.Id, cancellationToken);
        var programmes = await ProgrammesAsync(country.Id, cancellationToken);
        var progress = await AcceptedProgressAsync(country.Id, cancellationToken);

        var updates = new Dictionary<ProfileSection, IEnumerable<DateTime>>
        {
            [ProfileSection.Authorities] = institutions.Select(i => i.UpdatedAtUtc).Concat(focalPoints.Select(f => f.UpdatedAtUtc)),
            [ProfileSection.Definitions] = definitions.Select(d => d.UpdatedAtUtc),
            [ProfileSection.Statistics] = observations.Select(o => o.UpdatedAtUtc),
            [ProfileSection.LegalFramework] = laws.Select(l => l.UpdatedAtUtc),
            [ProfileSection.Programmes] = programmes.Select(p => p.UpdatedAtUtc),
            [ProfileSection.Progress] = progress.Select(p => p.UpdatedAtUtc),
        };
        var freshness = updates
            .Select(u => (u.Key, Freshness: SectionFreshness.Of(u.Value, country.ConfirmedAtUtc.TryGetValue(u.Key, out var at) ? at : null)))
            .Where(u => u.Freshness is not null)
            .ToDictionary(u => u.Key, u => u.Freshness!);

        return new CountryProfileViewModel(country, Today, institutions, focalPoints, definitions,
            ToSeries(observations, language), new LegalFramework(laws, lawFilter), programmes, progress, freshness,
            await RequestingCycleAsync(cancellationToken));
    }

    /// <summary>The open reporting cycle, else the latest to have opened; null before any has.</summary>
    public async Task<RequestingCycle?> RequestingCycleAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var cycles = await db.ReportingCycles.AsNoTracking()
            .Where(c => c.OpensOn <= today)
            .Select(c => new { c.Name, c.OpensOn, c.SubmissionDeadline, c.Status })
            .ToListAsync(cancellationToken);
        return cycles.OrderByDescending(c => c.Status == ComunidadPyme.Core.Principles.ReportingCycleStatus.Open)
                .ThenByDescending(c => c.OpensOn)
                .Select(c => new RequestingCycle(c.Name, c.OpensOn, c.SubmissionDeadline))
                .FirstOrDefault();
    }

    /// <summary>The country's MSME definitions with their thresholds, those in force first, newest first.</summary>
    public async Task<IReadOnlyList<MsmeDefinition>> DefinitionsAsync(int countryId, CancellationToken cancellationToken)
    {
        var today = Today;
        var definitions = await db.MsmeDefinitions.AsNoTracking()
            .Where(d => d.CountryId == countryId)
            .Include(d => d.Thresholds)
            .ToListAsync(cancellationToken);
        return definitions
            .OrderByDescending(d => d.IsValidOn(today))
            .ThenByDescending(d => d.ValidFrom ?? DateOnly.MinValue)
            .ThenBy(d => d.Id)
            .ToList();
    }
}
