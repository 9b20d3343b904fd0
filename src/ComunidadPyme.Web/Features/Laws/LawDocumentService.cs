using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>
/// Finds the stored official text of an instrument. Storage keys are paths relative to the data directory;
/// a key that would lead outside it is treated as missing.
/// </summary>
public sealed class LawDocumentService(AppDbContext db, IOptions<StorageOptions> storage)
{
    public async Task<LawDocumentFile?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var stored = await db.LegalInstruments.AsNoTracking()
            .Where(l => l.Id == id && l.DocumentStorageKey != null)
            .Select(l => new { l.DocumentStorageKey, l.DocumentFileName })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored?.DocumentStorageKey is not { } key || Path.IsPathRooted(key))
        {
            return null;
        }

        var root = Path.GetFullPath(storage.Value.DataDirectory);
        var path = Path.GetFullPath(Path.Combine(root, key));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            return null;
        }

        return new LawDocumentFile(path, string.IsNullOrWhiteSpace(stored.DocumentFileName) ? Path.GetFileName(path) : stored.DocumentFileName);
    }
}
