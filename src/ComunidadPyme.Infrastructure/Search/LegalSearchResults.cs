namespace ComunidadPyme.Infrastructure.Search;

/// <summary>One page of matching instruments, best first, and how many match in all.</summary>
/// <param name="HasNoWords">True when the text held nothing to search for (only punctuation or operators).</param>
public sealed record LegalSearchResults(int Total, IReadOnlyList<LegalSearchHit> Hits, bool HasNoWords = false)
{
    public static readonly LegalSearchResults NoWords = new(0, [], HasNoWords: true);
}
