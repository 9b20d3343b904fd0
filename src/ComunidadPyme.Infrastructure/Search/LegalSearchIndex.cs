using System.Globalization;
using ComunidadPyme.Core.Common;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// The full-text index of the legal library: one writer and one searcher manager for the life of the
/// process, so a search reuses the open reader instead of reopening the index.
/// </summary>
public sealed class LegalSearchIndex : IDisposable
{
    private readonly Directory _directory;
    private readonly LegalAnalyzers _analyzers = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writing = new();

    public LegalSearchIndex(Directory directory)
    {
        _directory = directory;
        _writer = new IndexWriter(directory, new IndexWriterConfig(LegalAnalyzers.Version, _analyzers.ForIndexing)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>An index in a folder (created if missing), e.g. {data directory}/index/laws.</summary>
    public static LegalSearchIndex InFolder(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return new LegalSearchIndex(FSDirectory.Open(path));
    }

    public static LegalSearchIndex InMemory() => new(new RAMDirectory());

    public LegalAnalyzers Analyzers => _analyzers;

    public int Count
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>Replaces the whole index with <paramref name="entries"/>; returns those that could not be indexed.</summary>
    public IReadOnlyList<LegalIndexSkip> Rebuild(IEnumerable<LegalIndexEntry> entries)
    {
        var skipped = new List<LegalIndexSkip>();
        lock (_writing)
        {
            _writer.DeleteAll();
            _writer.AddDocuments(Documents(entries, skipped));
            Publish();
        }

        return skipped;
    }

    /// <summary>
    /// Replaces the instruments of the given countries with <paramref name="entries"/> (their current ones);
    /// returns those that could not be indexed.
    /// </summary>
    public IReadOnlyList<LegalIndexSkip> ReplaceCountries(IReadOnlyCollection<int> countryIds, IEnumerable<LegalIndexEntry> entries)
    {
        var skipped = new List<LegalIndexSkip>();
        lock (_writing)
        {
            _writer.DeleteDocuments(countryIds
                .Select(id => new Term(LegalIndexFields.CountryId, LegalDocumentBuilder.CountryKey(id))).ToArray());
            _writer.AddDocuments(Documents(entries, skipped));
            Publish();
        }

        return skipped;
    }

    // Each document is built before the writer sees it, so one record that cannot be indexed is left out
    // on its own instead of failing the batch half-way (and leaving the writer with half a batch to commit).
    private static IEnumerable<Document> Documents(IEnumerable<LegalIndexEntry> entries, List<LegalIndexSkip> skipped)
    {
        foreach (var entry in entries)
        {
            Document? document;
            try
            {
                document = LegalDocumentBuilder.Build(entry);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NullReferenceException or FormatException)
            {
                skipped.Add(new LegalIndexSkip(entry.Id, entry.CountryId, ex.Message));
                document = null;
            }

            if (document is not null)
            {
                yield return document;
            }
        }
    }

    public LegalSearchResults Search(LegalSearchRequest request)
    {
        var text = LegalTextQuery.Parse(request.Text, _analyzers);
        if (text.Query is null && !string.IsNullOrWhiteSpace(request.Text))
        {
            return LegalSearchResults.NoWords;
        }

        var searcher = _searchers.Acquire();
        try
        {
            var wanted = Math.Min(request.Skip + request.Take, Math.Max(1, searcher.IndexReader.MaxDoc));
            if (request.Skip < 0 || request.Take <= 0 || request.Skip >= searcher.IndexReader.MaxDoc)
            {
                return new LegalSearchResults(CountMatches(searcher, text, request), []);
            }

            var sort = text.Query is null
                ? new Sort(new SortField(LegalIndexFields.Date, SortFieldType.INT64, reverse: true))
                : new Sort(SortField.FIELD_SCORE, new SortField(LegalIndexFields.Date, SortFieldType.INT64, reverse: true));
            var top = searcher.Search(text.Query ?? new MatchAllDocsQuery(), LegalSearchFilter.For(request), wanted, sort,
                doDocScores: true, doMaxScore: false);
            var hits = top.ScoreDocs.Skip(request.Skip)
                .Select(hit => ToHit(searcher.Doc(hit.Doc), hit.Score, text, request.Language))
                .ToList();
            var suggestion = top.TotalHits == 0 && text.Query is not null ? Suggest(searcher, text, request) : null;
            return new LegalSearchResults(top.TotalHits, hits, Suggestion: suggestion);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// "Did you mean": each word that finds nothing on its own is replaced by the closest word of the library's
    /// titles and summaries (at most two edits, the most frequent among the closest), and the new text is offered
    /// only if it finds something with the same filters.
    /// </summary>
    private string? Suggest(IndexSearcher searcher, LegalTextQuery text, LegalSearchRequest request)
    {
        var changed = false;
        var words = new List<string>();
        foreach (var word in text.Words)
        {
            var single = LegalTextQuery.Parse(word, _analyzers);
            if (single.Query is null || searcher.Search(single.Query, 1).TotalHits > 0)
            {
                words.Add(word);
                continue;
            }

            var closest = Closest(searcher.IndexReader, word);
            changed |= closest is not null;
            words.Add(closest ?? word);
        }

        if (!changed)
        {
            return null;
        }

        var suggestion = string.Join(' ', words);
        var retry = LegalTextQuery.Parse(suggestion, _analyzers);
        return retry.Query is not null && CountMatches(searcher, retry, request) > 0 ? suggestion : null;
    }

    private string? Closest(IndexReader reader, string word)
    {
        var folded = LegalAnalyzers.Terms(_analyzers.Folded, word).FirstOrDefault();
        if (folded is null || folded.Length < 4)
        {
            return null;
        }

        (string Term, float Similarity, int Frequency)? best = null;
        foreach (var field in new[] { LegalIndexFields.AnyTitle, LegalIndexFields.AnySummary })
        {
            // The fuzzy query's own rewrite finds the closest terms of the index (Levenshtein automata).
            var rewritten = new FuzzyQuery(new Term(field, folded), maxEdits: 2, prefixLength: 1).Rewrite(reader);
            foreach (var clause in (rewritten as BooleanQuery)?.Clauses ?? [])
            {
                if (clause.Query is not TermQuery candidate || candidate.Term.Text == folded)
                {
                    continue;
                }

                var frequency = reader.DocFreq(candidate.Term);
                if (best is null || candidate.Boost > best.Value.Similarity
                    || (candidate.Boost == best.Value.Similarity && frequency > best.Value.Frequency))
                {
                    best = (candidate.Term.Text, candidate.Boost, frequency);
                }
            }
        }

        return best?.Term;
    }

    private static int CountMatches(IndexSearcher searcher, LegalTextQuery text, LegalSearchRequest request)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(text.Query ?? new MatchAllDocsQuery(), LegalSearchFilter.For(request), counter);
        return counter.TotalHits;
    }

    private static LegalSearchHit ToHit(Document document, float score, LegalTextQuery text, string language)
    {
        var id = int.Parse(document.Get(LegalIndexFields.Id), CultureInfo.InvariantCulture);
        var title = LegalDocumentBuilder.StoredText(document, LegalIndexFields.StoredTitle) ?? new TranslatableText();
        var summary = LegalDocumentBuilder.StoredText(document, LegalIndexFields.StoredSummary);
        return new LegalSearchHit(id, float.IsNaN(score) ? 0 : score, SnippetHighlighter.For(summary, title, text, language));
    }

    private void Publish()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzers.Dispose();
        _directory.Dispose();
    }
}
