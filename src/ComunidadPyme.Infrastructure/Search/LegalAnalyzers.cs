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
