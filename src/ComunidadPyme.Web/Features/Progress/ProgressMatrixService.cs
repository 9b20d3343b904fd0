using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>
/// Reads the accepted progress reports of a cycle. Only accepted reports are public: drafts, submitted and
/// returned reports stay in the workspace.
/// </summary>
public sealed class ProgressMatrixService(AppDbContext db)
{
    public async Task<IReadOnlyList<CycleChoice>> CyclesAsync(string language, CancellationToken cancellationToken)
    {
        var cycles = await db.ReportingCycles.AsNoTracking()
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.OpensOn })
            .ToListAsync(cancellationToken);
        return cycles.Select(c => new CycleChoice(c.Id, c.Name.In(language), c.OpensOn)).ToList();
    }

    public async Task<ProgressMatrix> MatrixAsync(int? cycleId, string language, CancellationToken cancellationToken)
    {
        var cycles = await CyclesAsync(language, cancellationToken);
        var cycle = cycles.FirstOrDefault(c => c.Id == cycleId) ?? cycles.FirstOrDefault();
        if (cycle is null)
        {
            return new ProgressMatrix(null, cycles, [], []);
        }

        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => r.ReportingCycleId == cycle.Id && r.State == WorkflowState.Accepted)
            .Join(db.Countries, r => r.CountryId, c => c.Id, (r, c) => new
            {
                c.Iso2, c.Name, r.Principle!.Kind, r.Principle.Number, r.Level, r.IsSample,
            })
            .ToListAsync(cancellationToken);
        // Kinds are stored by name, so they are put in order (principles first) here rather than in SQL.
        var principles = (await db.Principles.AsNoTracking()
                .Select(p => new { p.Kind, p.Number, p.ShortTitle })
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.Kind).ThenBy(p => p.Number)
            .ToList();

        var showAreas = reports.Any(r => r.Kind == PrincipleKind.AreaOfEmphasis);
        var columns = principles
            .Where(p => p.Kind == PrincipleKind.Principle || showAreas)
            .Select(p => new PrincipleColumn(p.Kind, p.Number, p.ShortTitle.In(language)))
            .ToList();
        var comparer = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: true);
        var rows = reports
            .GroupBy(r => r.Iso2)
            .Select(g => new ProgressMatrixRow(g.Key, g.First().Name.In(language),
                g.Select(r => new ProgressCell(r.Kind, r.Number, r.Level, r.IsSample)).ToList()))
            .OrderBy(r => r.CountryName, comparer)
            .ToList();
        return new ProgressMatrix(cycle, cycles, columns, rows);
    }
}
