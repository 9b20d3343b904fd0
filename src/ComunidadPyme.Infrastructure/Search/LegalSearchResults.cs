namespace ComunidadPyme.Infrastructure.Search;

/// <summary>One page of matching instruments, best first, and how many match in all.</summary>
public sealed record LegalSearchResults(int Total, IReadOnlyList<LegalSearchHit> Hits)
{
    public static readonly LegalSearchResults None = new(0, []);
}
