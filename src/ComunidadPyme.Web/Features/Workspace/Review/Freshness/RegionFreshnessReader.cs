using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Rules = ComunidadPyme.Core.Countries.Freshness;

namespace ComunidadPyme.Web.Features.Workspace.Review.Freshness;

/// <summary>
/// What to read: one country (its dashboard, its briefing), a sub-region or the whole region, and whether only what
/// is tagged for women entrepreneurs.
/// </summary>
public sealed record FreshnessScope(SubRegion? Region = null, bool WomenOnly = false, int? CountryId = null);

/// <summary>
/// Judges every country's parts by the rules of <see cref="Rules"/> (the same the country's dashboard and public
/// profile use): a part is as current as its latest change or the authority's confirmation, whichever is later
/// (<see cref="SectionFreshness"/>); the authorities are also stale while a focal point's contact details are
/// unconfirmed for a year; each indicator by <see cref="Rules.IsIndicatorStale"/>; a part's state by
/// <see cref="Rules.StateOf"/>. The whole region is read in a fixed number of grouped commands (one per kind of
/// record), never one per country; a scope of one country reads only that country's records.
/// </summary>
public sealed class RegionFreshnessReader(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CountryFreshness>> ReadAsync(FreshnessScope scope, CancellationToken cancellationToken)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(nowUtc);
        var staleBefore = Rules.FocalPointsConfirmedBefore(nowUtc);
        var women = scope.WomenOnly;
        var only = scope.CountryId;

        var countries = await db.Countries.AsNoTracking()
            .Where(c => (scope.Region == null || c.SubRegion == scope.Region) && (only == null || c.Id == only))
            .Select(c => new { c.Id, c.Iso2, c.Name, c.SubRegion })
            .ToListAsync(cancellationToken);
        var confirmations = (await db.SectionConfirmations.AsNoTracking()
                .Where(s => only == null || s.CountryId == only)
                .Select(s => new { s.CountryId, s.Section, s.ConfirmedAtUtc })
                .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.CountryId, s.Section), s => s.ConfirmedAtUtc);

        var institutions = await Grouped(db.Institutions, only, cancellationToken);
        var focalPoints = await db.FocalPoints.AsNoTracking()
            .Where(f => only == null || f.CountryId == only)
            .GroupBy(f => f.CountryId)
            .Select(g => new
            {
                g.Key,
                Last = g.Max(f => f.UpdatedAtUtc),
                Count = g.Count(),
                Unconfirmed = g.Count(f => f.LastConfirmedOn == null || f.LastConfirmedOn < staleBefore),
            })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var definitions = await Grouped(db.MsmeDefinitions, only, cancellationToken);
        var laws = await Grouped(db.LegalInstruments.Where(l => !women || (l.Topics & LegalTopics.WomensEntrepreneurship) != 0), only, cancellationToken);
        var programmes = await Grouped(db.SupportProgrammes.Where(p => !women || (p.TargetGroups & TargetGroups.WomenEntrepreneurs) != 0), only, cancellationToken);
        var progress = await Grouped(db.ProgressReports.Where(r => !women || r.Principle!.ConcernsWomenEntrepreneurs), only, cancellationToken);

        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.IsActive && (!women || i.Theme == IndicatorTheme.WomensEntrepreneurship))
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new { i.Id, i.Code, i.Name, i.Periodicity })
            .ToListAsync(cancellationToken);
        var series = (await db.Observations.AsNoTracking()
                .Where(o => o.Indicator!.IsActive && (!women || o.Indicator.Theme == IndicatorTheme.WomensEntrepreneurship)
                            && (only == null || o.CountryId == only))
                .GroupBy(o => new { o.CountryId, o.IndicatorId })
                .Select(g => new { g.Key.CountryId, g.Key.IndicatorId, LatestYear = g.Max(o => o.Year), Last = g.Max(o => o.UpdatedAtUtc) })
                .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.CountryId, s.IndicatorId));

        return [.. countries.Select(country =>
        {
            DateTime? Confirmed(ProfileSection section) => confirmations.TryGetValue((country.Id, section), out var at) ? at : null;

            PartFreshness Part(FreshnessPart part, ProfileSection section, DateTime? lastUpdate, int records, int staleRecords = 0)
            {
                var freshness = SectionFreshness.Of(lastUpdate is { } u ? [u] : [], Confirmed(section));
                var state = Rules.StateOf(records, freshness, staleRecords, nowUtc);
                return new PartFreshness(part, state, freshness?.AtUtc, freshness?.IsConfirmation ?? false, records, staleRecords,
                    state == FreshnessState.Current ? 1 : 0);
            }

            var institution = institutions.GetValueOrDefault(country.Id);
            var focal = focalPoints.GetValueOrDefault(country.Id);
            var authoritiesUpdated = Max(institution?.Last, focal?.Last);

            var countryIndicators = indicators.Select(i =>
            {
                var s = series.GetValueOrDefault((country.Id, i.Id));
                return new IndicatorFreshness(i.Code, i.Name, i.Periodicity, s?.LatestYear, s?.Last,
                    Rules.IsIndicatorStale(i.Periodicity, s?.LatestYear, today));
            }).ToList();
            var withValues = countryIndicators.Where(i => i.LatestYear is not null).ToList();
            var staleIndicators = countryIndicators.Count(i => i.IsStale);
            var indicatorFreshness = SectionFreshness.Of(withValues.Select(i => i.LastAtUtc!.Value), Confirmed(ProfileSection.Statistics));
            var indicatorPart = new PartFreshness(
                FreshnessPart.Indicators,
                withValues.Count == 0 ? FreshnessState.Missing : staleIndicators > 0 ? FreshnessState.Stale : FreshnessState.Current,
                indicatorFreshness?.AtUtc, indicatorFreshness?.IsConfirmation ?? false, countryIndicators.Count, staleIndicators,
                countryIndicators.Count == 0 ? 1 : (countryIndicators.Count - staleIndicators) / (double)countryIndicators.Count);

            var definition = definitions.GetValueOrDefault(country.Id);
            var law = laws.GetValueOrDefault(country.Id);
            var programme = programmes.GetValueOrDefault(country.Id);
            var report = progress.GetValueOrDefault(country.Id);
            List<PartFreshness> parts =
            [
                Part(FreshnessPart.Authorities, ProfileSection.Authorities, authoritiesUpdated,
                    (institution?.Count ?? 0) + (focal?.Count ?? 0), focal?.Unconfirmed ?? 0),
                Part(FreshnessPart.Definitions, ProfileSection.Definitions, definition?.Last, definition?.Count ?? 0),
                indicatorPart,
                Part(FreshnessPart.LegalFramework, ProfileSection.LegalFramework, law?.Last, law?.Count ?? 0),
                Part(FreshnessPart.Programmes, ProfileSection.Programmes, programme?.Last, programme?.Count ?? 0),
                Part(FreshnessPart.Progress, ProfileSection.Progress, report?.Last, report?.Count ?? 0),
            ];
            return new CountryFreshness(country.Id, country.Iso2, country.Name, country.SubRegion, parts, countryIndicators,
                Rules.Completeness(parts.Select(p => p.Score)));
        })];
    }

    private static DateTime? Max(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private sealed record Group(int Key, DateTime Last, int Count);

    private static Task<Dictionary<int, Group>> Grouped<T>(IQueryable<T> records, int? only, CancellationToken cancellationToken)
        where T : CountryContent =>
        records.AsNoTracking()
            .Where(r => only == null || r.CountryId == only)
            .GroupBy(r => r.CountryId)
            .Select(g => new Group(g.Key, g.Max(r => r.UpdatedAtUtc), g.Count()))
            .ToDictionaryAsync(g => g.Key, cancellationToken);
}
