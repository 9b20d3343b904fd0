using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Compares checked rows with the country's saved values: to add, to change, unchanged, or changed by someone
/// else since the file was downloaded.
/// </summary>
public sealed class ImportPlanner(AppDbContext db, TimeProvider clock)
{
    public async Task<ImportPlan> PlanAsync(
        WorkspaceCountry country, string userId, string fileName, ImportCheck check, CancellationToken cancellationToken)
    {
        // One query for the whole country: a file may hold thousands of rows.
        var saved = (await db.Observations.AsNoTracking()
                .Where(o => o.CountryId == country.Id)
                .Select(o => new { o.Id, o.IndicatorId, o.Period, o.Value, o.Status, o.SourceNote, o.Version, o.IsSample })
                .ToListAsync(cancellationToken))
            .ToDictionary(o => (o.IndicatorId, o.Period));

        var rows = check.Rows.Select(row =>
        {
            var period = row.Period.ToString();
            var plan = new ImportPlanRow
            {
                RowNumber = row.RowNumber,
                IndicatorId = row.Indicator.Id,
                IndicatorCode = row.Indicator.Code,
                Period = period,
                Value = row.Value,
                Status = row.Status,
                Source = row.Source,
                Kind = ImportRowKind.Add,
            };
            if (saved.TryGetValue((row.Indicator.Id, period), out var existing))
            {
                plan.ExistingId = existing.Id;
                plan.ExistingVersion = existing.Version;
                plan.OldValue = existing.Value;
                plan.OldStatus = existing.Status;
                plan.OldSource = existing.SourceNote;
                plan.OldIsSample = existing.IsSample;
                plan.Kind = existing.Value.Equals(row.Value) && existing.Status == row.Status
                            && string.Equals(existing.SourceNote, row.Source, StringComparison.Ordinal)
                    ? ImportRowKind.Unchanged
                    : ImportRowKind.Change;
            }

            // What someone saved (or deleted) after the file was downloaded is never overwritten without asking.
            if (row.DownloadedVersion is { } downloaded && (existing?.Version ?? Guid.Empty) != downloaded
                && plan.Kind != ImportRowKind.Unchanged)
            {
                plan.Kind = ImportRowKind.ChangedSinceDownload;
                plan.ExistedWhenDownloaded = downloaded != Guid.Empty;
            }

            return plan;
        }).ToList();

        return new ImportPlan
        {
            Id = ImportPlanStore.NewId(),
            UserId = userId,
            CountryId = country.Id,
            FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 255 } name ? name : "upload",
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            SkippedRows = check.SkippedRows,
            Rows = rows,
        };
    }
}
