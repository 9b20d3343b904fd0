using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>
/// Finds the stored official text of an instrument in the <see cref="DocumentStore"/>. Only well-formed
/// random keys are followed, so a key can never lead outside the documents folder.
/// </summary>
public sealed class LawDocumentService(AppDbContext db, DocumentStore documents)
{
    public async Task<LawDocumentFile?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var stored = await db.LegalInstruments.AsNoTracking()
            .Where(l => l.Id == id && l.DocumentStorageKey != null)
            .Select(l => new { l.DocumentStorageKey, l.DocumentFileName })
            .FirstOrDefaultAsync(cancellationToken);
        if (documents.PathOfStored(stored?.DocumentStorageKey) is not { } path)
        {
            return null;
        }

        return new LawDocumentFile(path, string.IsNullOrWhiteSpace(stored!.DocumentFileName) ? "document.pdf" : stored.DocumentFileName);
    }
}

/// <summary>An official text on disk and the name it is downloaded under.</summary>
public sealed record LawDocumentFile(string FullPath, string FileName);
