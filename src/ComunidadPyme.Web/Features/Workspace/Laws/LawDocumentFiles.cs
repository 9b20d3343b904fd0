using ComunidadPyme.Core.Legal;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Files;
using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Laws;

/// <summary>Attaches an uploaded official text to a law, and opens it for download within the country.</summary>
public sealed class LawDocumentFiles(AppDbContext db, DocumentStore store)
{
    /// <summary>Stores an upload (already validated) and points the law at it; returns the new key, if any.</summary>
    public async Task<string?> AttachAsync(LawForm form, LegalInstrument law, CancellationToken cancellationToken)
    {
        if (form.Document is { Length: > 0 } file)
        {
            await using var content = file.OpenReadStream();
            var key = await store.SaveAsync(content, cancellationToken);
            law.DocumentStorageKey = key;
            law.DocumentFileName = LawDocumentRules.SafeFileName(file.FileName);
            law.DocumentSizeBytes = file.Length;
            return key;
        }

        if (form.RemoveDocument)
        {
            // The file itself stays: an earlier version restored from the history may point at it again.
            law.DocumentStorageKey = null;
            law.DocumentFileName = null;
            law.DocumentSizeBytes = null;
        }

        return null;
    }

    /// <summary>Removes a file stored for a save that did not happen.</summary>
    public void Discard(string? storedKey)
    {
        if (storedKey is not null)
        {
            store.Discard(storedKey);
        }
    }

    public async Task<LawDocument?> OpenAsync(WorkspaceCountry country, int id, CancellationToken cancellationToken)
    {
        var law = await db.LegalInstruments.AsNoTracking()
            .Where(i => i.Id == id && i.CountryId == country.Id)
            .Select(i => new { i.DocumentStorageKey, i.DocumentFileName })
            .FirstOrDefaultAsync(cancellationToken);
        return law is not null && store.OpenRead(law.DocumentStorageKey) is { } content
            ? new LawDocument(content, LawDocumentRules.SafeFileName(law.DocumentFileName))
            : null;
    }
}

/// <summary>An uploaded official text, opened for download.</summary>
public sealed record LawDocument(Stream Content, string FileName);
