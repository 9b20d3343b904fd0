using ComunidadPyme.Core.Common;
using Lucene.Net.Analysis;
using Lucene.Net.Search.Highlight;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// Makes the snippet of a hit: the best passages of its summary (else its title) in the visitor's language,
/// with the matched words marked. When the words matched elsewhere (the title, the number, another
/// language's translation), the snippet is the start of the summary, still encoded.
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
        // The title is already the result's heading: it makes the snippet only when there is no summary.
        var text = (summary is not null && !string.IsNullOrWhiteSpace(summary.Original) ? summary : title).Resolve(language);
        if (string.IsNullOrWhiteSpace(text.Text))
        {
            return string.Empty;
        }

        return (query?.Query is null ? null : Highlight(text, query)) ?? Plain(text.Text);
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
