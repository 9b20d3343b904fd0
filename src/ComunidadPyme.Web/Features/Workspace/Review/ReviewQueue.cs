using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Review;

/// <summary>The queue's filters, from the address (<c>?country=br&amp;region=SouthAmerica&amp;principle=3&amp;cycle=2&amp;state=Submitted</c>).</summary>
public sealed class ReviewQueueQuery
{
    public string? Country { get; set; }
    public SubRegion? Region { get; set; }
    public int? Principle { get; set; }
    public int? Cycle { get; set; }

    /// <summary>The state listed; submitted reports (those waiting for a reviewer) unless another is asked for.</summary>
    public WorkflowState State { get; set; } = WorkflowState.Submitted;
}

public sealed record ReviewQueueViewModel(
    ReviewQueueQuery Query,
    IReadOnlyList<ReviewQueueItem> Items,
    IReadOnlyDictionary<WorkflowState, int> CountByState,
    IReadOnlyList<ReviewChoice> Countries,
    IReadOnlyList<ReviewChoice> Principles,
    IReadOnlyList<ReviewChoice> Cycles,
    DateTime NowUtc)
{
    public int Count(WorkflowState state) => CountByState.TryGetValue(state, out var n) ? n : 0;
}

/// <summary>One report in the queue; <see cref="WaitingSinceUtc"/> is when it was submitted (or last changed).</summary>
public sealed record ReviewQueueItem(
    int Id, string CountryIso2, string CountryName, PrincipleKind Kind, int Number, string PrincipleTitle, string Cycle,
    WorkflowState State, string? SubmittedBy, DateTime WaitingSinceUtc, ProgressLevel Level, AssessmentLevel? AssessedLevel,
    bool IsSample, ProgressLevel? PreviousLevel = null, AssessmentLevel? PreviousAssessedLevel = null)
{
    /// <summary>The change of the country's level since its report on the principle in the previous cycle.</summary>
    public LevelChange Change => AssessmentScale.Change((int?)PreviousLevel, (int)Level);

    public LevelChange AssessedChange => AssessmentScale.Change((int?)PreviousAssessedLevel, (int?)AssessedLevel);

    public bool HasFlaggedGap => AssessedLevel is { } a && Math.Abs((int)Level - (int)a) >= AssessmentScale.FlaggedGap;
}

public sealed record ReviewChoice(string Value, string Label);

/// <summary>
/// Reads the review queue in a fixed number of commands whatever the number of countries: the filter choices,
/// one grouped count per state, one page of reports and their reports of the previous cycle.
/// </summary>
public sealed class ReviewQueueService(AppDbContext db, TimeProvider clock)
{
    /// <summary>More than a cycle's worth of one state for the whole region; the filters narrow it.</summary>
    public const int PageSize = 600;

    public async Task<ReviewQueueViewModel> BuildAsync(ReviewQueueQuery query, string language, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Iso2, c.Name }).ToListAsync(cancellationToken);
        var principles = await db.Principles.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Number)
            .Select(p => new { p.Id, p.Kind, p.Number, p.ShortTitle }).ToListAsync(cancellationToken);
        var cycles = await db.ReportingCycles.AsNoTracking().OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);

        var reports =
            from r in db.ProgressReports.AsNoTracking()
            join c in db.Countries on r.CountryId equals c.Id
            select new { Report = r, Country = c };
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var iso2 = query.Country.Trim().ToUpperInvariant();
            reports = reports.Where(x => x.Country.Iso2 == iso2);
        }

        if (query.Region is { } region)
        {
            reports = reports.Where(x => x.Country.SubRegion == region);
        }

        if (query.Principle is { } principle)
        {
            reports = reports.Where(x => x.Report.PrincipleId == principle);
        }

        if (query.Cycle is { } cycle)
        {
            reports = reports.Where(x => x.Report.ReportingCycleId == cycle);
        }

        var counts = await reports.GroupBy(x => x.Report.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var state = query.State;
        var rows = await reports.Where(x => x.Report.State == state)
            .OrderBy(x => x.Report.SubmittedAtUtc ?? x.Report.UpdatedAtUtc).ThenBy(x => x.Report.Id)
            .Take(PageSize)
            .Select(x => new
            {
                x.Report.Id, x.Country.Iso2, CountryName = x.Country.Name, x.Report.Principle!.Kind, x.Report.Principle.Number,
                x.Report.Principle.ShortTitle, CycleName = x.Report.ReportingCycle!.Name, x.Report.State, x.Report.SubmittedBy,
                Since = x.Report.SubmittedAtUtc ?? x.Report.UpdatedAtUtc, x.Report.Level, x.Report.AssessedLevel, x.Report.IsSample,
                x.Report.CountryId, x.Report.PrincipleId, x.Report.ReportingCycleId,
            })
            .ToListAsync(cancellationToken);

        // The same country's report on the principle in the previous cycle (the one that opened just before), in
        // one more command for the whole page.
        var previousCycle = ComunidadPyme.Web.Features.Progress.CycleOrder.PreviousOf([.. cycles.Select(c => c.Id)]);
        var previousIds = rows.Select(r => previousCycle.GetValueOrDefault(r.ReportingCycleId)).Where(id => id != 0).Distinct().ToList();
        var countryIds = rows.Select(r => r.CountryId).Distinct().ToList();
        var earlier = previousIds.Count == 0
            ? []
            : (await db.ProgressReports.AsNoTracking()
                .Where(r => previousIds.Contains(r.ReportingCycleId) && countryIds.Contains(r.CountryId))
                .Select(r => new { r.CountryId, r.PrincipleId, r.ReportingCycleId, r.Level, r.AssessedLevel })
                .ToListAsync(cancellationToken))
            .ToDictionary(r => (r.CountryId, r.PrincipleId, r.ReportingCycleId));

        return new ReviewQueueViewModel(
            query,
            [.. rows.Select(r =>
            {
                var before = earlier.GetValueOrDefault((r.CountryId, r.PrincipleId, previousCycle.GetValueOrDefault(r.ReportingCycleId)));
                return new ReviewQueueItem(r.Id, r.Iso2, r.CountryName.In(language), r.Kind, r.Number,
                    r.ShortTitle.In(language), r.CycleName.In(language), r.State, r.SubmittedBy, r.Since, r.Level, r.AssessedLevel, r.IsSample,
                    before?.Level, before?.AssessedLevel);
            })],
            counts,
            [.. countries.Select(c => new ReviewChoice(c.Iso2.ToLowerInvariant(), c.Name.In(language)))
                .OrderBy(c => c.Label, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true))],
            [.. principles.Select(p => new ReviewChoice(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{(p.Kind == PrincipleKind.Principle ? "P" : "A")}{p.Number} · {p.ShortTitle.In(language)}"))],
            [.. cycles.Select(c => new ReviewChoice(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Name.In(language)))],
            clock.GetUtcNow().UtcDateTime);
    }
}
