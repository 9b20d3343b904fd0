using ComunidadPyme.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComunidadPyme.Infrastructure.Data.Repair;

/// <summary>
/// Mends country-written texts stored with a blank original, as a rich text that was only markup once was
/// (a cleaned-away summary saved as null beside its language). Idempotent and run on every start after the
/// migrations: an optional text with a translation gets that translation as its original, one without any
/// text is removed. Each repair is one log line and an audited change by the system account.
/// </summary>
public sealed class StoredTextRepair(AppDbContext db, ILogger<StoredTextRepair> logger)
{
    public async Task<int> RepairAsync(CancellationToken cancellationToken)
    {
        var repaired = 0;
        repaired += Repair("country", await db.Countries
            .Where(c => c.PolicyOverview != null && (c.PolicyOverview!.Original == null || c.PolicyOverview!.Original.Trim() == ""))
            .ToListAsync(cancellationToken), c => c.Id, "policy overview", c => c.PolicyOverview, (c, t) => c.PolicyOverview = t);
        repaired += Repair("institution", await db.Institutions
            .Where(i => i.Mandate != null && (i.Mandate!.Original == null || i.Mandate!.Original.Trim() == ""))
            .ToListAsync(cancellationToken), i => i.Id, "mandate", i => i.Mandate, (i, t) => i.Mandate = t);
        repaired += Repair("legal instrument", await db.LegalInstruments
            .Where(l => l.Summary != null && (l.Summary!.Original == null || l.Summary!.Original.Trim() == ""))
            .ToListAsync(cancellationToken), l => l.Id, "summary", l => l.Summary, (l, t) => l.Summary = t);
        repaired += Repair("definition", await db.MsmeDefinitions
            .Where(d => d.Notes != null && (d.Notes!.Original == null || d.Notes!.Original.Trim() == ""))
            .ToListAsync(cancellationToken), d => d.Id, "notes", d => d.Notes, (d, t) => d.Notes = t);
        repaired += Repair("programme", await db.SupportProgrammes
            .Where(p => p.Description != null && (p.Description!.Original == null || p.Description!.Original.Trim() == ""))
            .ToListAsync(cancellationToken), p => p.Id, "description", p => p.Description, (p, t) => p.Description = t);
        repaired += Repair("progress report", await db.ProgressReports
            .Where(r => r.Narrative != null && (r.Narrative!.Original == null || r.Narrative!.Original.Trim() == ""))
            .ToListAsync(cancellationToken), r => r.Id, "narrative", r => r.Narrative, (r, t) => r.Narrative = t);

        if (repaired > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogWarning("Repaired {Count} stored text(s) with a blank original", repaired);
        }

        return repaired;
    }

    private int Repair<TEntity>(
        string kind,
        List<TEntity> candidates,
        Func<TEntity, int> id,
        string field,
        Func<TEntity, TranslatableText?> get,
        Action<TEntity, TranslatableText?> set)
    {
        var repaired = 0;
        foreach (var entity in candidates)
        {
            var text = get(entity);
            if (text is null || !string.IsNullOrWhiteSpace(text.Original))
            {
                continue; // the database's blank test is wider than ours (e.g. SQL Server's trim of spaces only)
            }

            var replacement = text.WithUsableOriginal();
            set(entity, replacement);
            repaired++;
            logger.LogWarning(replacement is null
                    ? "Repaired {Kind} {Id}: its {Field} had no text and was removed"
                    : "Repaired {Kind} {Id}: its {Field} had a blank original; its translation became the original",
                kind, id(entity), field);
        }

        return repaired;
    }
}
