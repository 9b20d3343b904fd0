using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// A visitor's text as a Lucene query, built from analysed terms rather than parsed, so quotes, wildcards,
/// field names and operators are plain words (or nothing) and can never make the search fail. Every word
/// must match in some field; words that are stop words in one of the languages are left out. A word of the
/// library's vocabulary (<see cref="LegalConcept"/>) also matches its equivalents in the other languages and the
/// instruments tagged with its topic, so "impuesto" finds what "tax" finds.
/// </summary>
public sealed class LegalTextQuery
{
    /// <summary>Beyond this, further words add nothing useful and only cost time.</summary>
    public const int MaxWords = 16;

    private const float DisjunctionTieBreaker = 0.2f;

    private readonly LegalAnalyzers _analyzers;

    private LegalTextQuery(LegalAnalyzers analyzers, IReadOnlyList<string> words, Query? query)
    {
        _analyzers = analyzers;
        Words = words;
        Query = query;
    }

    /// <summary>The words that count, as typed (lower case).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Null when the text holds no word at all (empty, or only punctuation).</summary>
    public Query? Query { get; }

    public static LegalTextQuery Parse(string? text, LegalAnalyzers analyzers)
    {
        var words = analyzers.Words(text).Distinct(StringComparer.Ordinal).Take(MaxWords).ToList();
        if (words.Count == 0)
        {
            return new LegalTextQuery(analyzers, [], null);
        }

        var significant = words.Where(w => !IsStopWord(w, analyzers)).ToList();
        var kept = significant.Count > 0 ? significant : words;
        var query = new BooleanQuery();
        foreach (var word in kept)
        {
            query.Add(WordQuery(word, analyzers), Occur.MUST);
        }

        return new LegalTextQuery(analyzers, kept, query);
    }

    /// <summary>The words as <paramref name="analyzer"/> sees them, in <paramref name="field"/>, to mark them in a text.</summary>
    public Query HighlightQuery(Analyzer analyzer, string field)
    {
        var query = new BooleanQuery();
        foreach (var term in Words.SelectMany(w => LegalAnalyzers.Terms(analyzer, w)).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>The folded analyzer, for texts in languages without their own analyzer.</summary>
    public Analyzer FoldedAnalyzer => _analyzers.Folded;

    public Analyzer? AnalyzerFor(string language) => _analyzers.ForLanguage(language);

    private static bool IsStopWord(string word, LegalAnalyzers analyzers) =>
        analyzers.IndexedLanguages.Any(language => LegalAnalyzers.Terms(analyzers.ForLanguage(language)!, word).Count == 0);

    private static Query WordQuery(string word, LegalAnalyzers analyzers)
    {
        var alternatives = new DisjunctionMaxQuery(DisjunctionTieBreaker);
        foreach (var folded in LegalAnalyzers.Terms(analyzers.Folded, word))
        {
            alternatives.Add(Boosted(new TermQuery(new Term(LegalIndexFields.Number, folded)), 4f));
            alternatives.Add(Boosted(new TermQuery(new Term(LegalIndexFields.AnyTitle, folded)), 2f));
            alternatives.Add(Boosted(new TermQuery(new Term(LegalIndexFields.AnySummary, folded)), 0.8f));
        }

        foreach (var language in analyzers.IndexedLanguages)
        {
            foreach (var stem in LegalAnalyzers.Terms(analyzers.ForLanguage(language)!, word))
            {
                alternatives.Add(Boosted(new TermQuery(new Term(LegalIndexFields.Title(language), stem)), 3f));
                alternatives.Add(Boosted(new TermQuery(new Term(LegalIndexFields.Summary(language), stem)), 1f));
            }
        }

        // The same concept in the other languages, and the instruments tagged with its topic, rank below the word itself.
        foreach (var concept in analyzers.ConceptsOf(word))
        {
            foreach (var (field, term) in analyzers.TermsOf(concept))
            {
                alternatives.Add(Boosted(new TermQuery(new Term(field, term)), field.StartsWith("title.", StringComparison.Ordinal) ? 1.5f : 0.4f));
            }

            if (concept.Topic != Core.Legal.LegalTopics.None)
            {
                alternatives.Add(Boosted(new TermQuery(new Term(LegalIndexFields.Topic, concept.Topic.ToString())), 0.4f));
            }
        }

        return alternatives;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
