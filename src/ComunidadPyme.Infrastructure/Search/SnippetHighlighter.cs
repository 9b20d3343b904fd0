using ComunidadPyme.Core.Common;
using Lucene.Net.Analysis;
using Lucene.Net.Search.Highlight;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// Makes the snippet of a hit: the best passages of its summary (else its title) in the visitor's language,
/// with the matched words marked. Words matched through another language's translation may not appear in
/// the text shown; then the snippet is the start of the text, still encoded.
/// </summary>
internal static class SnippetHighlighter
{
    public const int FragmentLength = 160;
    public const int PlainLength = 240;
    private const int MaxFragments = 2;
    private const string HighlightField = "snippet";
    private const string Separator = " … ";

    public static string For(TranslatableText? summary, TranslatableText title, LegalTextQuery? query, string language)
    {
        var texts = new[] { summary, title }.OfType<TranslatableText>()
            .Select(t => t.Resolve(language))
            .Where(r => !string.IsNullOrWhiteSpace(r.Text))
            .ToList();
        if (query?.Query is not null)
        {
            foreach (var text in texts)
            {
                var marked = Highlight(text, query);
                if (marked is not null)
                {
                    return marked;
                }
            }
        }

        return texts.Count == 0 ? string.Empty : Plain(texts[0].Text);
    }

    private static string? Highlight(ResolvedText text, LegalTextQuery query)
    {
        var language = query.AnalyzerFor(text.Language);
        return Highlight(text.Text, language, query) ?? Highlight(text.Text, query.FoldedAnalyzer, query);
    }

    private static string? Highlight(string text, Analyzer? analyzer, LegalTextQuery query)
    {
        if (analyzer is null)
        {
            return null;
        }

        var scorer = new QueryScorer(query.HighlightQuery(analyzer, HighlightField), HighlightField);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlSnippetEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentLength),
        };
        using var tokens = analyzer.GetTokenStream(HighlightField, text);
        var fragments = highlighter.GetBestFragments(tokens, text, MaxFragments);
        return fragments.Length == 0 ? null : string.Join(Separator, fragments);
    }

    private static string Plain(string text) =>
        HtmlSnippetEncoder.Html.Encode(text.Length <= PlainLength ? text : text[..PlainLength].TrimEnd() + "…");
}
