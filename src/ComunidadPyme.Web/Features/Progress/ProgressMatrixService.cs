using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Infrastructure.Filters;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>
/// Reads the progress matrix of a cycle for the public (accepted reports only, the reviewer's level only once a
/// report is accepted) or for the OAS reviewers (every report, in any state). Four commands whatever the number of
/// countries: the cycles, the principles, the cycle's reports with their countries, the previous cycle's reports.
/// </summary>
public sealed class ProgressMatrixService(AppDbContext db)
{
    /// <summary>The names of the filters a <see cref="ProgressMatrixQuery"/> can hold, as in the address.</summary>
    public static class Filters
    {
        public const string Cycle = "cycle";
        public const string Region = "region";
        public const string Women = "women";
        public const string View = "view";
        public const string ChangeView = "change";
    }

    /// <summary>The filters of the address; values not understood are left out and named in <paramref name="ignored"/>.</summary>
    public static MatrixFilter Read(ProgressMatrixQuery query, out IReadOnlyList<(string Name, string Value)> ignored)
    {
        var problems = new List<(string, string)>();
        int? cycleId = null;
        if (!FilterValue.IsEmpty(query.Cycle))
        {
            if (FilterValue.TryInt(query.Cycle, 1, int.MaxValue, out var id))
            {
                cycleId = id;
            }
            else
            {
                problems.Add((Filters.Cycle, FilterValue.Echo(query.Cycle)));
            }
        }

        SubRegion? region = null;
        if (!FilterValue.IsEmpty(query.Region))
        {
            if (FilterValue.TryEnum<SubRegion>(query.Region, out var r))
            {
                region = r;
            }
            else
            {
                problems.Add((Filters.Region, FilterValue.Echo(query.Region)));
            }
        }

        var women = !FilterValue.IsEmpty(query.Women) && bool.TryParse(query.Women?.Trim(), out var w) && w;
        var change = string.Equals(query.View?.Trim(), Filters.ChangeView, StringComparison.OrdinalIgnoreCase);
        ignored = problems;
        return new MatrixFilter(cycleId, region, women, change);
    }

    public async Task<IReadOnlyList<CycleChoice>> CyclesAsync(string language, CancellationToken cancellationToken)
    {
        var cycles = await db.ReportingCycles.AsNoTracking()
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.OpensOn, c.Status })
            .ToListAsync(cancellationToken);
        return cycles.Select(c => new CycleChoice(c.Id, c.Name.In(language), c.OpensOn, c.Status)).ToList();
    }

    /// <summary>The public's matrix of the latest cycle (or the one asked for): accepted reports only.</summary>
    public Task<ProgressMatrix> MatrixAsync(int? cycleId, string language, CancellationToken cancellationToken) =>
        MatrixAsync(MatrixAudience.Public, new MatrixFilter(cycleId, null, false, false), language, cancellationToken);

    public async Task<ProgressMatrix> MatrixAsync(
        MatrixAudience audience, MatrixFilter filter, string language, CancellationToken cancellationToken)
    {
        var cycles = await CyclesAsync(language, cancellationToken);
        var cycle = cycles.FirstOrDefault(c => c.Id == filter.CycleId) ?? DefaultCycle(audience, cycles);
        if (cycle is null)
        {
            return new ProgressMatrix(audience, filter, null, null, cycles, [], []);
        }

        // Cycles are in descending order of opening: the previous one is the first that opened before.
        var previousCycle = cycles.FirstOrDefault(c => c.OpensOn < cycle.OpensOn);
        var acceptedOnly = audience == MatrixAudience.Public;

        // Kinds are stored by name, so they are put in order (principles first) here rather than in SQL.
        var principles = (await db.Principles.AsNoTracking()
                .Where(p => !filter.WomenOnly || p.ConcernsWomenEntrepreneurs)
                .Select(p => new { p.Kind, p.Number, p.ShortTitle, p.ConcernsWomenEntrepreneurs })
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.Kind).ThenBy(p => p.Number)
            .ToList();

        var reports = await Reports(cycle.Id, acceptedOnly, filter)
            .Join(db.Countries, r => r.CountryId, c => c.Id, (r, c) => new
            {
                r.Id, r.CountryId, r.PrincipleId, c.Iso2, c.Iso3, CountryName = c.Name, c.SubRegion,
                r.Principle!.Kind, r.Principle.Number, r.State, r.Level,
                AssessedLevel = !acceptedOnly || r.State == WorkflowState.Accepted ? r.AssessedLevel : null,
                r.IsSample,
            })
            .ToListAsync(cancellationToken);

        var previous = previousCycle is null || reports.Count == 0
            ? []
            : await Reports(previousCycle.Id, acceptedOnly, filter)
                .Select(r => new
                {
                    r.CountryId, r.PrincipleId, r.Level,
                    AssessedLevel = !acceptedOnly || r.State == WorkflowState.Accepted ? r.AssessedLevel : null,
                })
                .ToListAsync(cancellationToken);
        var before = previous
            .GroupBy(p => (p.CountryId, p.PrincipleId))
            .ToDictionary(g => g.Key, g => g.First());

        var showAreas = reports.Any(r => r.Kind == PrincipleKind.AreaOfEmphasis);
        var columns = principles
            .Where(p => p.Kind == PrincipleKind.Principle || showAreas)
            .Select(p => new PrincipleColumn(p.Kind, p.Number, p.ShortTitle.In(language), p.ConcernsWomenEntrepreneurs))
            .ToList();
        var comparer = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: true);
        var rows = reports
            .GroupBy(r => r.Iso2)
            .Select(g => new ProgressMatrixRow(g.Key, g.First().Iso3, g.First().CountryName.In(language), g.First().SubRegion,
                g.Select(r =>
                {
                    var earlier = before.GetValueOrDefault((r.CountryId, r.PrincipleId));
                    return new ProgressCell(r.Id, r.Kind, r.Number, r.State, r.Level, r.AssessedLevel,
                        earlier?.Level, earlier?.AssessedLevel, r.IsSample);
                }).ToList()))
            .OrderBy(r => r.CountryName, comparer)
            .ToList();
        return new ProgressMatrix(audience, filter, cycle, previousCycle, cycles, columns, rows);
    }

    /// <summary>The public is shown the latest cycle; reviewers the open one (where the work is), else the latest.</summary>
    private static CycleChoice? DefaultCycle(MatrixAudience audience, IReadOnlyList<CycleChoice> cycles) =>
        audience == MatrixAudience.Reviewers
            ? cycles.FirstOrDefault(c => c.Status == ReportingCycleStatus.Open) ?? cycles.FirstOrDefault()
            : cycles.FirstOrDefault();

    private IQueryable<ProgressReport> Reports(int cycleId, bool acceptedOnly, MatrixFilter filter)
    {
        var reports = db.ProgressReports.AsNoTracking()
            .Where(r => r.ReportingCycleId == cycleId && (!acceptedOnly || r.State == WorkflowState.Accepted));
        if (filter.WomenOnly)
        {
            reports = reports.Where(r => r.Principle!.ConcernsWomenEntrepreneurs);
        }

        if (filter.Region is { } region)
        {
            reports = reports.Where(r => db.Countries.Any(c => c.Id == r.CountryId && c.SubRegion == region));
        }

        return reports;
    }
}
