using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Import;

/// <summary>
/// Writes a confirmed plan in one transaction, with its audit entries (one per row added or changed).
/// If any value the preview compared with has changed since, nothing is written. Values saved after the file
/// was downloaded are replaced only where the person chose the file's value.
/// </summary>
public sealed class ImportCommitter(AppDbContext db, ILogger<ImportCommitter> logger)
{
    /// <param name="replaceNewer">Row numbers whose value replaces one saved since the file was downloaded.</param>
    public async Task<ImportCommitOutcome> CommitAsync(
        ImportPlan plan, IReadOnlySet<int> replaceNewer, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = (await db.Observations.Where(o => o.CountryId == plan.CountryId).ToListAsync(cancellationToken))
            .ToDictionary(o => (o.IndicatorId, o.Period));

        var writing = plan.RowsToWrite(replaceNewer).ToList();
        var stale = writing.Where(row => IsStale(row, saved.GetValueOrDefault((row.IndicatorId, row.Period))))
            .Select(row => row.RowNumber).ToList();
        if (stale.Count > 0)
        {
            return new ImportCommitOutcome(0, 0, 0, 0, stale);
        }

        foreach (var row in writing)
        {
            Apply(plan.CountryId, row, saved.GetValueOrDefault((row.IndicatorId, row.Period)));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Import {PlanId} collided with a concurrent save; nothing was written", plan.Id);
            return new ImportCommitOutcome(0, 0, 0, 0, writing.Select(r => r.RowNumber).ToList());
        }

        var keptNewer = plan.Count(ImportRowKind.ChangedSinceDownload)
                        - writing.Count(r => r.Kind == ImportRowKind.ChangedSinceDownload);
        return new ImportCommitOutcome(writing.Count(r => r.ExistingId is null), writing.Count(r => r.ExistingId is not null),
            plan.Count(ImportRowKind.Unchanged), keptNewer, []);
    }

    /// <summary>Whether the saved value is no longer the one the preview compared with (or now exists, for an addition).</summary>
    private static bool IsStale(ImportPlanRow row, Observation? current) => row.ExistingId is null
        ? current is not null
        : current is null || current.Id != row.ExistingId || current.Version != row.ExistingVersion;

    private void Apply(int countryId, ImportPlanRow row, Observation? current)
    {
        switch (row.ExistingId is null ? ImportRowKind.Add : ImportRowKind.Change)
        {
            case ImportRowKind.Add:
                var created = new Observation { CountryId = countryId, IndicatorId = row.IndicatorId };
                created.SetPeriod(ReportingPeriod.TryParse(row.Period, out var period)
                    ? period.Value
                    : throw new InvalidOperationException($"Import plan {row.Period} is not a period."));
                Fill(created, row);
                db.Observations.Add(created);
                break;
            case ImportRowKind.Change:
                db.Entry(current!).Property(o => o.Version).OriginalValue = row.ExistingVersion!.Value;
                Fill(current!, row);
                break;
        }
    }

    /// <summary>An imported value is the country's own figure, no longer sample data.</summary>
    private static void Fill(Observation observation, ImportPlanRow row)
    {
        observation.Value = row.Value;
        observation.Status = row.Status;
        observation.SourceNote = row.Source;
        observation.IsSample = false;
    }
}

/// <summary>
/// What a confirmation did, and how many newer values it kept; when values changed since the preview, their
/// rows, and nothing was written.
/// </summary>
public sealed record ImportCommitOutcome(int Added, int Changed, int Unchanged, int KeptNewer, IReadOnlyList<int> StaleRows)
{
    public bool Committed => StaleRows.Count == 0;
}
