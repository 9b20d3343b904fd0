namespace ComunidadPyme.Infrastructure.Search;

/// <summary>One page of matching instruments, best first, and how many match in all.</summary>
/// <param name="HasNoWords">True when the text held nothing to search for (only punctuation or operators).</param>
/// <param name="Suggestion">When nothing matched: the visitor's text with near misses replaced by words of the library
/// that do match ("did you mean"), or null when there is none.</param>
public sealed record LegalSearchResults(int Total, IReadOnlyList<LegalSearchHit> Hits, bool HasNoWords = false, string? Suggestion = null)
{
    public static readonly LegalSearchResults NoWords = new(0, [], HasNoWords: true);
}
