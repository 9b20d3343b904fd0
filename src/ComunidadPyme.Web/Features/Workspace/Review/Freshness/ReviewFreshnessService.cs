using System.Globalization;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Review.Freshness;

/// <summary>The freshness page: every country's parts judged by the rules, filtered and sorted, and the latest reminders.</summary>
public sealed class ReviewFreshnessService(AppDbContext db, RegionFreshnessReader reader, TimeProvider clock)
{
    public const int ReminderCount = 50;

    public async Task<FreshnessViewModel> BuildAsync(FreshnessQuery query, string language, CancellationToken cancellationToken)
    {
        IEnumerable<CountryFreshness> countries = await reader.ReadAsync(new FreshnessScope(query.Region, query.Women), cancellationToken);
        if (query.Stale)
        {
            countries = countries.Where(c => c.HasStaleOrMissing);
        }

        var byName = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        countries = query.Sort switch
        {
            FreshnessSort.Score => countries.OrderBy(c => c.Score).ThenBy(c => c.Name.In(language), byName),
            FreshnessSort.Oldest => countries.OrderBy(c => c.OldestUpdateUtc).ThenBy(c => c.Name.In(language), byName),
            _ => countries.OrderBy(c => c.Name.In(language), byName),
        };

        var reminders = await (
                from r in db.StaleDataReminders.AsNoTracking()
                join c in db.Countries on r.CountryId equals c.Id
                orderby r.CreatedAtUtc descending, r.Id descending
                select new { r.Part, r.Period, r.Recipient, r.CreatedAtUtc, r.SentAtUtc, r.Attempts, r.LastError, c.Iso2, c.Name })
            .Take(ReminderCount)
            .ToListAsync(cancellationToken);

        return new FreshnessViewModel(
            query,
            [.. countries],
            [.. reminders.Select(r => new ReminderRow(r.Iso2, r.Name.In(language), r.Part, r.Period, r.Recipient, r.CreatedAtUtc,
                r.SentAtUtc, r.Attempts, r.LastError))],
            clock.GetUtcNow().UtcDateTime);
    }
}
