using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>
/// Reads one accepted report; any other state is as good as missing to the public. The previous cycle's report of
/// the same country and principle counts for the change only when it, too, was accepted.
/// </summary>
public sealed class ProgressReportService(AppDbContext db, ProgressMatrixService matrix)
{
    public async Task<ProgressReportDetails?> FindAsync(
        string iso2, PrincipleKind kind, int number, int? cycleId, string language, CancellationToken cancellationToken)
    {
        var cycles = await matrix.CyclesAsync(language, cancellationToken);
        var cycle = cycleId is null ? cycles.FirstOrDefault() : cycles.FirstOrDefault(c => c.Id == cycleId);
        if (cycle is null)
        {
            return null;
        }

        var code = iso2.ToUpperInvariant();
        var report = await db.ProgressReports.AsNoTracking()
            .Where(r => r.ReportingCycleId == cycle.Id && r.State == WorkflowState.Accepted
                        && r.Principle!.Kind == kind && r.Principle.Number == number)
            .Join(db.Countries.Where(c => c.Iso2 == code), r => r.CountryId, c => c.Id, (r, c) => new
            {
                r.Id, r.CountryId, r.PrincipleId, c.Iso2, CountryName = c.Name, r.Principle!.ShortTitle,
                PrincipleText = r.Principle.Text, r.Level, r.AssessedLevel, r.AssessmentRationale, r.Narrative, r.Evidence,
                r.ReviewedAtUtc, r.IsSample,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return null;
        }

        // Cycles come newest first: the previous one is the first that opened before this one.
        var previousCycle = cycles.FirstOrDefault(c => c.OpensOn < cycle.OpensOn);
        var previous = previousCycle is null
            ? null
            : await db.ProgressReports.AsNoTracking()
                .Where(r => r.ReportingCycleId == previousCycle.Id && r.State == WorkflowState.Accepted
                            && r.CountryId == report.CountryId && r.PrincipleId == report.PrincipleId)
                .Select(r => new { r.Level, r.AssessedLevel })
                .FirstOrDefaultAsync(cancellationToken);

        var levels = new ProgressCell(report.Id, kind, number, WorkflowState.Accepted, report.Level, report.AssessedLevel,
            previous?.Level, previous?.AssessedLevel, report.IsSample);
        return new ProgressReportDetails(report.Iso2, report.CountryName.In(language), kind, number,
            report.ShortTitle.In(language), report.PrincipleText.In(language), cycle, previousCycle, levels,
            report.AssessedLevel is null ? null : report.AssessmentRationale, report.Narrative, report.Evidence,
            report.ReviewedAtUtc, report.IsSample);
    }
}
