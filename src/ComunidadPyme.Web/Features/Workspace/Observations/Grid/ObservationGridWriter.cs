using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Observations.Grid;

/// <summary>
/// Saves the changed cells in one SaveChanges (one transaction, audited by <see cref="AppDbContext"/>).
/// A cell whose saved version is no longer the one the person saw is a conflict, and then nothing is saved.
/// </summary>
public sealed class ObservationGridWriter(AppDbContext db, ILogger<ObservationGridWriter> logger)
{
    public async Task<GridSaveOutcome> SaveAsync(
        WorkspaceCountry country, IReadOnlyList<CellChange> changes, CancellationToken cancellationToken)
    {
        var indicatorIds = changes.Select(c => c.Key.IndicatorId).Distinct().ToList();
        var years = changes.Select(c => c.Key.Year).Distinct().ToList();
        var saved = (await db.Observations
                .Where(o => o.CountryId == country.Id && indicatorIds.Contains(o.IndicatorId) && years.Contains(o.Year))
                .ToListAsync(cancellationToken))
            .Where(o => o.Period.Length == 4)
            .ToDictionary(o => new CellKey(o.IndicatorId, o.Year));

        var conflicts = new List<CellConflict>();
        foreach (var change in changes)
        {
            var current = saved.GetValueOrDefault(change.Key);
            if (Conflicts(change, current))
            {
                conflicts.Add(new CellConflict(change.Key, current is null ? null : Snapshot(current)));
                continue;
            }

            Apply(country, change, current);
        }

        if (conflicts.Count > 0)
        {
            db.ChangeTracker.Clear();
            return GridSaveOutcome.Conflicted(conflicts);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Someone saved between the check above and this save: report what the database holds now.
            logger.LogWarning(ex, "Concurrent save on the observations of country {CountryId}", country.Id);
            db.ChangeTracker.Clear();
            var current = await CurrentAsync(country.Id, changes, cancellationToken);
            if (current.Count == 0)
            {
                throw;
            }

            return GridSaveOutcome.Conflicted(current);
        }

        return new GridSaveOutcome(
            changes.Count(c => c.Kind == CellChangeKind.Create),
            changes.Count(c => c.Kind == CellChangeKind.Update),
            changes.Count(c => c.Kind == CellChangeKind.Delete && saved.ContainsKey(c.Key)),
            []);
    }

    private static bool Conflicts(CellChange change, Observation? current) => change.Kind switch
    {
        CellChangeKind.Create => current is not null,
        CellChangeKind.Delete => current is not null && current.Version != change.SeenVersion,
        _ => current is null || current.Version != change.SeenVersion,
    };

    private void Apply(WorkspaceCountry country, CellChange change, Observation? current)
    {
        if (change.Kind == CellChangeKind.Create)
        {
            var created = new Observation { CountryId = country.Id, IndicatorId = change.Key.IndicatorId };
            created.SetPeriod(ReportingPeriod.OfYear(change.Key.Year));
            Fill(created, change.Draft!);
            db.Observations.Add(created);
            return;
        }

        if (current is null)
        {
            return; // Already deleted by someone else: what the person wanted.
        }

        db.Entry(current).Property(o => o.Version).OriginalValue = change.SeenVersion!.Value;
        if (change.Kind == CellChangeKind.Delete)
        {
            db.Observations.Remove(current);
        }
        else
        {
            Fill(current, change.Draft!);
        }
    }

    /// <summary>An edited value is the country's own figure from now on, no longer sample data.</summary>
    private static void Fill(Observation observation, ObservationDraft draft)
    {
        observation.Value = draft.Value!.Value;
        observation.Status = draft.Status!.Value;
        observation.SourceNote = draft.Source;
        observation.IsSample = false;
    }

    private async Task<List<CellConflict>> CurrentAsync(
        int countryId, IReadOnlyList<CellChange> changes, CancellationToken cancellationToken)
    {
        var conflicts = new List<CellConflict>();
        foreach (var change in changes)
        {
            var period = change.Key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var current = await db.Observations.AsNoTracking()
                .FirstOrDefaultAsync(o => o.CountryId == countryId && o.IndicatorId == change.Key.IndicatorId
                                          && o.Period == period, cancellationToken);
            if (Conflicts(change, current))
            {
                conflicts.Add(new CellConflict(change.Key, current is null ? null : Snapshot(current)));
            }
        }

        return conflicts;
    }

    private static ObservationSnapshot Snapshot(Observation o) => new(o.Id, o.Version, o.Value, o.Status, o.SourceNote, o.IsSample);
}

/// <summary>What a save did: the counts when it succeeded, or the conflicts that stopped it (nothing saved).</summary>
public sealed record GridSaveOutcome(int Added, int Updated, int Deleted, IReadOnlyList<CellConflict> Conflicts)
{
    public static GridSaveOutcome Conflicted(IReadOnlyList<CellConflict> conflicts) => new(0, 0, 0, conflicts);

    public bool Saved => Conflicts.Count == 0;
}

/// <summary>A cell someone else saved after this person loaded it; <see cref="Theirs"/> is null when they deleted it.</summary>
public sealed record CellConflict(CellKey Key, ObservationSnapshot? Theirs);
