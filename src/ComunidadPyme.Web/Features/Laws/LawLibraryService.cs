using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Search;
using ComunidadPyme.Web.Infrastructure.Filters;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Laws;

/// <summary>Searches the legal library: the index finds and ranks, the database supplies what is shown.</summary>
public sealed class LawLibraryService(LegalSearchIndex index, AppDbContext db, CountryChoiceService countries)
{
    public const int PageSize = 20;

    public async Task<LawSearchPage> SearchAsync(
        LawSearchInput input, string path, string language, CancellationToken cancellationToken)
    {
        var choices = await countries.ListAsync(language, cancellationToken);
        var filters = LawFilters.From(input, await countries.FindAsync(input.Country, language, cancellationToken));
        var results = index.Search(new LegalSearchRequest
        {
            Text = filters.Text,
            CountryIso2 = filters.Country?.Iso2,
            Type = filters.Type,
            Status = filters.Status,
            Topic = filters.Topic,
            Year = filters.Year,
            Language = language,
            Skip = (filters.Page - 1) * PageSize,
            Take = PageSize,
        });

        var items = await ItemsAsync(results, language, cancellationToken);
        var pages = new ResultPages(filters.Page, PageSize, results.Total, path, filters.AsQuery());
        // "Did you mean": the same filters with the suggested text.
        var suggestionUrl = results.Suggestion is null
            ? null
            : Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, filters.AsQuery()
                .Where(p => p.Key != "q" && p.Value is not null)
                .Append(KeyValuePair.Create("q", (string?)results.Suggestion)));
        return new LawSearchPage(filters, items, pages, choices, results.HasNoWords, results.Suggestion, suggestionUrl);
    }

    private async Task<List<LawResultItem>> ItemsAsync(
        LegalSearchResults results, string language, CancellationToken cancellationToken)
    {
        var ids = results.Hits.Select(h => h.Id).ToList();
        var rows = await db.LegalInstruments.AsNoTracking()
            .Where(l => ids.Contains(l.Id))
            .Join(db.Countries, l => l.CountryId, c => c.Id, (l, c) => new
            {
                l.Id, c.Iso2, CountryName = c.Name, l.Type, l.OfficialNumber, l.Title, l.Status, l.EnactedOn,
                l.PublishedOn, l.IsSample,
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);

        // An instrument deleted since it was indexed is simply left out.
        return results.Hits.Where(h => rows.ContainsKey(h.Id)).Select(h =>
        {
            var row = rows[h.Id];

            // The snippet is built by the index's highlighter, which HTML-encodes every piece of text.
            return new LawResultItem(row.Id, row.Iso2, row.CountryName.In(language), row.Type, row.OfficialNumber,
                row.Title, row.Status, (row.EnactedOn ?? row.PublishedOn)?.Year, new HtmlString(h.SnippetHtml), row.IsSample);
        }).ToList();
    }
}
