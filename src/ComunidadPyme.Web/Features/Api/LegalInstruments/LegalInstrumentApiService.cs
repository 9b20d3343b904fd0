using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Api.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

/// <summary>Reads the legal library for the API; which instruments match is up to <see cref="ILegalInstrumentSearch"/>.</summary>
public sealed class LegalInstrumentApiService(AppDbContext db, ILegalInstrumentSearch search)
{
    public async Task<PagedResponse<LegalInstrumentDto>> ListAsync(
        LegalInstrumentQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var matches = await search.FindAsync(LegalInstrumentCriteria.From(query), page.Skip, page.PageSize, cancellationToken);
        var found = await LoadAsync(matches.Ids, query.LanguageOrDefault(), cancellationToken);
        var inSearchOrder = matches.Ids.Select(id => found.GetValueOrDefault(id)).OfType<LegalInstrumentDto>().ToList();
        return page.Respond(inSearchOrder, matches.Total);
    }

    public async Task<LegalInstrumentDto?> FindAsync(int id, string language, CancellationToken cancellationToken) =>
        (await LoadAsync([id], language, cancellationToken)).GetValueOrDefault(id);

    private async Task<Dictionary<int, LegalInstrumentDto>> LoadAsync(
        IReadOnlyList<int> ids, string language, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await (from l in db.LegalInstruments.AsNoTracking()
                          join c in db.Countries on l.CountryId equals c.Id
                          where ids.Contains(l.Id)
                          select new
                          {
                              l.Id,
                              Country = c.Iso2,
                              l.Type,
                              l.OfficialNumber,
                              l.Title,
                              l.Summary,
                              l.Topics,
                              l.IssuingBody,
                              l.EnactedOn,
                              l.PublishedOn,
                              l.Status,
                              l.OfficialUrl,
                              Outgoing = l.Outgoing.Select(r => new LegalRelationDto(r.Kind, r.SourceId, r.TargetId)).ToList(),
                              Incoming = l.Incoming.Select(r => new LegalRelationDto(r.Kind, r.SourceId, r.TargetId)).ToList(),
                              l.IsSample,
                              l.UpdatedAtUtc,
                          })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return rows.ToDictionary(r => r.Id, r => new LegalInstrumentDto(
            r.Id, r.Country, r.Type, r.OfficialNumber, TranslatedTextDto.From(r.Title, language),
            TranslatedTextDto.FromOptional(r.Summary, language), EnumNames.Flags(r.Topics), r.IssuingBody,
            r.EnactedOn, r.PublishedOn, (r.EnactedOn ?? r.PublishedOn)?.Year, r.Status, r.OfficialUrl,
            [.. r.Outgoing, .. r.Incoming], r.IsSample, ApiDates.AsUtc(r.UpdatedAtUtc)));
    }
}
