using ComunidadPyme.Core.Legal;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>Reads one instrument with its country, principles and relations in both directions.</summary>
public sealed class LawDetailsService(AppDbContext db)
{
    public async Task<LawDetails?> FindAsync(int id, string language, CancellationToken cancellationToken)
    {
        var law = await db.LegalInstruments.AsNoTracking()
            .Where(l => l.Id == id)
            .Join(db.Countries, l => l.CountryId, c => c.Id, (l, c) => new
            {
                l.Id, l.Title, l.Summary, c.Iso2, CountryName = c.Name, l.Type, l.OfficialNumber, l.IssuingBody,
                l.EnactedOn, l.PublishedOn, l.Status, l.OfficialUrl, l.Topics, l.DocumentStorageKey,
                l.DocumentFileName, l.DocumentSizeBytes, l.IsSample,
                Principles = l.Principles.Select(p => new { p.Kind, p.Number, p.ShortTitle }).ToList(),
                Outgoing = l.Outgoing.Select(r => new { r.Kind, r.Target!.Id, r.Target.OfficialNumber, r.Target.Title, r.Target.IsSample }).ToList(),
                Incoming = l.Incoming.Select(r => new { r.Kind, r.Source!.Id, r.Source.OfficialNumber, r.Source.Title, r.Source.IsSample }).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (law is null)
        {
            return null;
        }

        var relations = law.Outgoing.Select(r => new LawRelationItem(r.Kind, false, r.Id, r.OfficialNumber, r.Title, r.IsSample))
            .Concat(law.Incoming.Select(r => new LawRelationItem(r.Kind, true, r.Id, r.OfficialNumber, r.Title, r.IsSample)))
            .OrderBy(r => r.Kind).ThenBy(r => r.IsIncoming).ThenBy(r => r.OtherNumber, StringComparer.Ordinal)
            .ToList();
        var topics = Enum.GetValues<LegalTopics>().Where(t => t != LegalTopics.None && law.Topics.HasFlag(t)).ToList();
        var principles = law.Principles.OrderBy(p => p.Kind).ThenBy(p => p.Number)
            .Select(p => new LawPrincipleItem(p.Kind, p.Number, p.ShortTitle.In(language))).ToList();
        var document = string.IsNullOrWhiteSpace(law.DocumentStorageKey)
            ? null
            : new LawDocumentItem(law.DocumentFileName ?? Path.GetFileName(law.DocumentStorageKey), law.DocumentSizeBytes);

        return new LawDetails(law.Id, law.Title, law.Summary, law.Iso2, law.CountryName.In(language), law.Type,
            law.OfficialNumber, law.IssuingBody, law.EnactedOn, law.PublishedOn, law.Status, law.OfficialUrl, topics,
            principles, relations, document, law.IsSample);
    }
}
