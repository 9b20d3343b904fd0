using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>The filters of a request as one Lucene filter, or null when there are none.</summary>
internal static class LegalSearchFilter
{
    public static Filter? For(LegalSearchRequest request)
    {
        var clauses = new List<Term>();
        if (!string.IsNullOrWhiteSpace(request.CountryIso2))
        {
            clauses.Add(new Term(LegalIndexFields.Country, request.CountryIso2.ToUpperInvariant()));
        }

        if (request.Type is { } type)
        {
            clauses.Add(new Term(LegalIndexFields.Type, type.ToString()));
        }

        if (request.Status is { } status)
        {
            clauses.Add(new Term(LegalIndexFields.Status, status.ToString()));
        }

        if (request.Topic is { } topic)
        {
            clauses.Add(new Term(LegalIndexFields.Topic, topic.ToString()));
        }

        if (request.Year is { } year)
        {
            clauses.Add(new Term(LegalIndexFields.Year, LegalDocumentBuilder.YearKey(year)));
        }

        if (clauses.Count == 0)
        {
            return null;
        }

        var all = new BooleanQuery();
        foreach (var term in clauses)
        {
            all.Add(new TermQuery(term), Occur.MUST);
        }

        return new QueryWrapperFilter(all);
    }
}
