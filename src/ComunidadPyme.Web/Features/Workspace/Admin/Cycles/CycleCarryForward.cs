using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Cycles;

/// <summary>
/// When a cycle opens, each country's reports start from its last accepted ones: for every country and principle
/// with an accepted report in an earlier cycle and none yet in this one, a draft carried forward ("still true?")
/// is added to the same save as the cycle, so the cycle never opens half-filled.
/// </summary>
public sealed class CycleCarryForward(AppDbContext db)
{
    /// <returns>How many drafts were added (not yet saved).</returns>
    public async Task<int> AddDraftsAsync(ReportingCycle cycle, CancellationToken cancellationToken)
    {
        var earlier = await db.ProgressReports.AsNoTracking()
            .Where(r => r.State == WorkflowState.Accepted && r.ReportingCycle!.OpensOn < cycle.OpensOn && r.ReportingCycleId != cycle.Id)
            .Select(r => new { Report = r, r.ReportingCycle!.OpensOn })
            .ToListAsync(cancellationToken);
        var existing = cycle.Id == 0
            ? []
            : (await db.ProgressReports.AsNoTracking().Where(r => r.ReportingCycleId == cycle.Id)
                .Select(r => new { r.CountryId, r.PrincipleId }).ToListAsync(cancellationToken))
                .Select(r => (r.CountryId, r.PrincipleId)).ToHashSet();

        var drafts = earlier
            .GroupBy(r => (r.Report.CountryId, r.Report.PrincipleId))
            .Where(g => !existing.Contains(g.Key))
            .Select(g => g.OrderByDescending(r => r.OpensOn).First().Report.CarryForwardTo(cycle))
            .ToList();
        db.ProgressReports.AddRange(drafts);
        return drafts.Count;
    }
}
