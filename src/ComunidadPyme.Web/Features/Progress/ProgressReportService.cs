using ComunidadPyme.Core.Principles;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Progress;

/// <summary>Reads one accepted report; any other state is as good as missing to the public.</summary>
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
                c.Iso2, CountryName = c.Name, r.Principle!.ShortTitle, PrincipleText = r.Principle.Text,
                r.Level, r.Narrative, r.Evidence, r.ReviewedAtUtc, r.IsSample,
            })
            .FirstOrDefaultAsync(cancellationToken);

        return report is null
            ? null
            : new ProgressReportDetails(report.Iso2, report.CountryName.In(language), kind, number,
                report.ShortTitle.In(language), report.PrincipleText.In(language), cycle, report.Level, report.Narrative,
                report.Evidence, report.ReviewedAtUtc, report.IsSample);
    }
}
