namespace ComunidadPyme.Infrastructure.Search;

/// <param name="SnippetHtml">
/// The summary (or title) in the visitor's language where it exists, HTML-encoded, with the matched words
/// wrapped in &lt;mark&gt;; safe to write into a page as it is.
/// </param>
public sealed record LegalSearchHit(int Id, float Score, string SnippetHtml);
