using ComunidadPyme.Infrastructure.Search;

namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

/// <summary>
/// The API's search over the legal library: the same full-text index as the public library when there is
/// text to search for (accent-insensitive, stemmed, ranked), the database filter otherwise.
/// </summary>
public sealed class FullTextLegalInstrumentSearch(LegalSearchIndex index, DatabaseLegalInstrumentSearch database)
    : ILegalInstrumentSearch
{
    public Task<LegalInstrumentMatches> FindAsync(
        LegalInstrumentCriteria criteria, int skip, int take, CancellationToken cancellationToken)
    {
        if (criteria.Text is null)
        {
            return database.FindAsync(criteria, skip, take, cancellationToken);
        }

        var results = index.Search(new LegalSearchRequest
        {
            Text = criteria.Text,
            CountryIso2 = criteria.CountryIso2,
            Topic = criteria.Topic,
            Type = criteria.Type,
            Status = criteria.Status,
            Year = criteria.Year,
            Skip = skip,
            Take = take,
        });
        return Task.FromResult(new LegalInstrumentMatches(results.Hits.Select(h => h.Id).ToList(), results.Total));
    }
}
