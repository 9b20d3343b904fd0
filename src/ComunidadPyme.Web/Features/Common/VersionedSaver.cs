using ComunidadPyme.Core.Common;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Common;

/// <summary>
/// Saves or deletes a tracked record as a change to the version the person loaded (posted back in the
/// form's hidden Version field). If someone saved in between, nothing is written and the caller shows the
/// conflict page. The editors of versioned records (everything but accounts, which Identity versions) save through here.
/// </summary>
public sealed class VersionedSaver(AppDbContext db)
{
    public async Task<bool> TrySaveAsync(IVersioned record, Guid loadedVersion, CancellationToken cancellationToken)
    {
        ExpectVersion(record, loadedVersion);

        // Renewing the token here makes the save an UPDATE checked against the loaded version even when only
        // owned rows (thresholds, relations, evidence) changed.
        record.Version = Guid.NewGuid();
        return await TrySaveChangesAsync(cancellationToken);
    }

    public async Task<bool> TryDeleteAsync(IVersioned record, Guid loadedVersion, CancellationToken cancellationToken)
    {
        ExpectVersion(record, loadedVersion);
        db.Remove(record);
        return await TrySaveChangesAsync(cancellationToken);
    }

    /// <summary>Saves a record found in the editor's scope; <see cref="EditOutcome.NotFound"/> when there is none.</summary>
    public async Task<EditOutcome> SaveFoundAsync(IVersioned? record, Guid loadedVersion, CancellationToken cancellationToken) =>
        record is null ? EditOutcome.NotFound
        : await TrySaveAsync(record, loadedVersion, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;

    /// <summary>Deletes a record found in the editor's scope; <see cref="EditOutcome.NotFound"/> when there is none.</summary>
    public async Task<EditOutcome> DeleteFoundAsync(IVersioned? record, Guid loadedVersion, CancellationToken cancellationToken) =>
        record is null ? EditOutcome.NotFound
        : await TryDeleteAsync(record, loadedVersion, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;

    private void ExpectVersion(IVersioned record, Guid loadedVersion) =>
        db.Entry(record).Property(nameof(IVersioned.Version)).OriginalValue = loadedVersion;

    private async Task<bool> TrySaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
