using System.Globalization;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Feeds;

/// <summary>
/// What changed, newest first: the entries of the Atom feeds. Each kind is read with one query, capped, and the
/// newest <see cref="MaxEntries"/> of all kinds are kept, so a feed costs the same whatever the size of the portal.
/// </summary>
public sealed class FeedService(
    AppDbContext db, IStringLocalizer<FeedsResource> text, IStringLocalizer<Laws.LawsResource> laws, TimeProvider clock)
{
    public const int MaxEntries = 50;

    public async Task<IReadOnlyList<FeedEntry>> EntriesAsync(FeedScope scope, string language, CancellationToken cancellationToken)
    {
        var countryId = scope.Iso2 is null
            ? (int?)null
            : await db.Countries.Where(c => c.Iso2 == scope.Iso2).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        var entries = new List<FeedEntry>();
        if (scope.Includes(FeedEntryKind.Law))
        {
            entries.AddRange(await LawsAsync(countryId, scope.Topic, language, cancellationToken));
        }

        if (scope.Includes(FeedEntryKind.Figures))
        {
            entries.AddRange(await FiguresAsync(countryId, scope.IndicatorCode, language, cancellationToken));
        }

        if (scope.Includes(FeedEntryKind.ProgressReport))
        {
            entries.AddRange(await ProgressAsync(countryId, language, cancellationToken));
            entries.AddRange(await ProgrammesAsync(countryId, language, cancellationToken));
        }

        return entries.OrderByDescending(e => e.UpdatedUtc).ThenBy(e => e.Key, StringComparer.Ordinal).Take(MaxEntries).ToList();
    }

    private async Task<IEnumerable<FeedEntry>> LawsAsync(int? countryId, LegalTopics? topic, string language, CancellationToken cancellationToken)
    {
        var instruments = db.LegalInstruments.AsNoTracking();
        if (countryId is { } id)
        {
            instruments = instruments.Where(l => l.CountryId == id);
        }

        if (topic is { } wanted)
        {
            instruments = instruments.Where(l => (l.Topics & wanted) != 0);
        }

        var rows = await instruments.OrderByDescending(l => l.UpdatedAtUtc).Take(MaxEntries)
            .Join(db.Countries, l => l.CountryId, c => c.Id,
                (l, c) => new { l.Id, l.Title, l.Type, l.OfficialNumber, l.CreatedAtUtc, l.UpdatedAtUtc, c.Iso2, CountryName = c.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(l =>
        {
            var isNew = l.UpdatedAtUtc - l.CreatedAtUtc < TimeSpan.FromMinutes(1);
            var title = l.Title.Resolve(language).Text;
            return new FeedEntry(FeedEntryKind.Law, $"law/{l.Id}/{l.UpdatedAtUtc.Ticks}",
                isNew ? text["New law in {0}: {1}", l.CountryName.In(language), title] : text["Law updated in {0}: {1}", l.CountryName.In(language), title],
                string.Join(" · ", new[] { laws[$"LegalInstrumentType.{l.Type}"].Value, l.OfficialNumber }.Where(s => !string.IsNullOrEmpty(s))),
                l.UpdatedAtUtc, new FeedTarget(l.Iso2, Id: l.Id));
        });
    }

    private async Task<IEnumerable<FeedEntry>> FiguresAsync(int? countryId, string? indicatorCode, string language, CancellationToken cancellationToken)
    {
        var observations = db.Observations.AsNoTracking();
        if (countryId is { } id)
        {
            observations = observations.Where(o => o.CountryId == id);
        }

        if (indicatorCode is not null)
        {
            observations = observations.Where(o => o.Indicator!.Code == indicatorCode);
        }

        // One entry per series, at its latest change: a year's import of a hundred values is one piece of news.
        var series = await observations
            .GroupBy(o => new { o.CountryId, o.IndicatorId })
            .Select(g => new { g.Key.CountryId, g.Key.IndicatorId, Updated = g.Max(o => o.UpdatedAtUtc), Latest = g.Max(o => o.Period) })
            .OrderByDescending(g => g.Updated).Take(MaxEntries)
            .ToListAsync(cancellationToken);
        var countryIds = series.Select(s => s.CountryId).Distinct().ToList();
        var indicatorIds = series.Select(s => s.IndicatorId).Distinct().ToList();
        var countries = await db.Countries.AsNoTracking().Where(c => countryIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Iso2, c.Name }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Code, i.Name }).ToDictionaryAsync(i => i.Id, cancellationToken);
        return series.Select(s =>
        {
            var (country, indicator) = (countries[s.CountryId], indicators[s.IndicatorId]);
            return new FeedEntry(FeedEntryKind.Figures, $"figures/{country.Iso2}/{indicator.Code}/{s.Updated.Ticks}",
                text["New figures: {0} — {1}", indicator.Name.In(language), country.Name.In(language)],
                text["Latest period: {0}.", s.Latest ?? ""], s.Updated, new FeedTarget(country.Iso2, IndicatorCode: indicator.Code));
        });
    }

    private async Task<IEnumerable<FeedEntry>> ProgressAsync(int? countryId, string language, CancellationToken cancellationToken)
    {
        var reports = db.ProgressReports.AsNoTracking().Where(r => r.State == WorkflowState.Accepted && r.ReviewedAtUtc != null);
        if (countryId is { } id)
        {
            reports = reports.Where(r => r.CountryId == id);
        }

        var rows = await reports.OrderByDescending(r => r.ReviewedAtUtc).Take(MaxEntries)
            .Join(db.Countries, r => r.CountryId, c => c.Id, (r, c) => new
            {
                r.Id, r.ReviewedAtUtc, c.Iso2, CountryName = c.Name, r.Principle!.Kind, r.Principle.Number,
                r.Principle.ShortTitle, Cycle = r.ReportingCycle!.Name,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new FeedEntry(FeedEntryKind.ProgressReport, $"progress/{r.Id}/{r.ReviewedAtUtc!.Value.Ticks}",
            text[r.Kind == PrincipleKind.Principle ? "Progress report accepted: {0}, principle {1}: {2}" : "Progress report accepted: {0}, area of emphasis {1}: {2}",
                r.CountryName.In(language), r.Number.ToString(CultureInfo.CurrentCulture), r.ShortTitle.In(language)],
            r.Cycle.In(language), r.ReviewedAtUtc.Value, new FeedTarget(r.Iso2, PrincipleKind: r.Kind, Number: r.Number)));
    }

    private async Task<IEnumerable<FeedEntry>> ProgrammesAsync(int? countryId, string language, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var programmes = db.SupportProgrammes.AsNoTracking().Where(p => p.EndsOn != null && p.EndsOn >= today);
        if (countryId is { } id)
        {
            programmes = programmes.Where(p => p.CountryId == id);
        }

        var rows = await programmes.OrderByDescending(p => p.UpdatedAtUtc).Take(MaxEntries)
            .Join(db.Countries, p => p.CountryId, c => c.Id, (p, c) => new { p.Id, p.Name, p.EndsOn, p.UpdatedAtUtc, c.Iso2, CountryName = c.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(p => new FeedEntry(FeedEntryKind.Programme, $"programme/{p.Id}/{p.UpdatedAtUtc.Ticks}",
            text["Programme deadline in {0}: {1}", p.CountryName.In(language), p.Name.Resolve(language).Text],
            text["Open until {0}.", p.EndsOn!.Value.ToString("D", CultureInfo.CurrentCulture)], p.UpdatedAtUtc, new FeedTarget(p.Iso2, Id: p.Id)));
    }
}
