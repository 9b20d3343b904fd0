using ComunidadPyme.Core.Common;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// The analyzers of the legal library: one stemming analyzer per OAS language (folded to ASCII), a folded
/// unstemmed one for any language and official numbers, and the splitter that turns a visitor's text into words.
/// </summary>
public sealed class LegalAnalyzers : IDisposable
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Dictionary<string, Analyzer> _byLanguage;
    private readonly Analyzer _words;

    public LegalAnalyzers()
    {
        _byLanguage = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [Languages.English] = new FoldingAnalyzer(new EnglishAnalyzer(Version)),
            [Languages.Spanish] = new FoldingAnalyzer(new SpanishAnalyzer(Version)),
            [Languages.Portuguese] = new FoldingAnalyzer(new PortugueseAnalyzer(Version)),
            [Languages.French] = new FoldingAnalyzer(new FrenchAnalyzer(Version)),
        };
        Folded = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer,
                new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer)));
        });
        _words = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
        });

        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var (language, analyzer) in _byLanguage)
        {
            perField[LegalIndexFields.Title(language)] = analyzer;
            perField[LegalIndexFields.Summary(language)] = analyzer;
        }

        ForIndexing = new PerFieldAnalyzerWrapper(Folded, perField);

        // Each concept's words as its own language's analyzer sees them: the keys that recognise a visitor's word,
        // and the (field, term) pairs that find the concept in every language's texts.
        foreach (var concept in LegalConcept.All)
        {
            var terms = new HashSet<(string Field, string Term)>();
            foreach (var (language, words) in concept.Words)
            {
                foreach (var word in words)
                {
                    foreach (var stem in Terms(_byLanguage[language], word))
                    {
                        Add(_conceptsByStem, (language, stem), concept);
                        terms.Add((LegalIndexFields.Title(language), stem));
                        terms.Add((LegalIndexFields.Summary(language), stem));
                    }

                    foreach (var folded in Terms(Folded, word))
                    {
                        Add(_conceptsByStem, (FoldedKey, folded), concept);
                    }
                }
            }

            _conceptTerms[concept] = [.. terms];
        }
    }

    private const string FoldedKey = "*";

    private readonly Dictionary<(string Language, string Stem), List<LegalConcept>> _conceptsByStem = [];
    private readonly Dictionary<LegalConcept, IReadOnlyList<(string Field, string Term)>> _conceptTerms = [];

    /// <summary>
    /// The concepts of <see cref="LegalConcept.All"/> a visitor's word belongs to, in whichever language it was
    /// typed: its stem in a language equals the stem of one of that language's words of the concept, or it is
    /// one of them once folded (any accents, any case).
    /// </summary>
    public IReadOnlyList<LegalConcept> ConceptsOf(string word)
    {
        var found = new List<LegalConcept>();
        void Collect((string, string) key)
        {
            if (_conceptsByStem.TryGetValue(key, out var concepts))
            {
                found.AddRange(concepts.Where(c => !found.Contains(c)));
            }
        }

        foreach (var (language, analyzer) in _byLanguage)
        {
            foreach (var stem in Terms(analyzer, word))
            {
                Collect((language, stem));
            }
        }

        foreach (var folded in Terms(Folded, word))
        {
            Collect((FoldedKey, folded));
        }

        return found;
    }

    /// <summary>The terms, field by field, that find a concept's words in the texts of every language.</summary>
    public IReadOnlyList<(string Field, string Term)> TermsOf(LegalConcept concept) => _conceptTerms[concept];

    private static void Add<TKey>(Dictionary<TKey, List<LegalConcept>> map, TKey key, LegalConcept concept)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(concept))
        {
            list.Add(concept);
        }
    }

    /// <summary>Lower-cased, accent-folded words, no stemming and no stop words.</summary>
    public Analyzer Folded { get; }

    /// <summary>Sends each analysed field of the index to its analyzer.</summary>
    public Analyzer ForIndexing { get; }

    /// <summary>The stemming analyzer of an OAS language, or null for any other language.</summary>
    public Analyzer? ForLanguage(string? language) =>
        language is not null && _byLanguage.TryGetValue(language.ToLowerInvariant(), out var analyzer) ? analyzer : null;

    public IReadOnlyCollection<string> IndexedLanguages => _byLanguage.Keys;

    /// <summary>The visitor's words as typed (lower case, accents kept): quotes, wildcards and operators fall away.</summary>
    public IReadOnlyList<string> Words(string? text) => string.IsNullOrWhiteSpace(text) ? [] : Terms(_words, text);

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/>; none for a stop word.</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        foreach (var analyzer in _byLanguage.Values)
        {
            analyzer.Dispose();
        }

        Folded.Dispose();
        _words.Dispose();
        ForIndexing.Dispose();
    }
}
