namespace ComunidadPyme.Infrastructure.Search;

/// <summary>An instrument the index had to leave out, and why.</summary>
public sealed record LegalIndexSkip(int InstrumentId, int CountryId, string Reason);
