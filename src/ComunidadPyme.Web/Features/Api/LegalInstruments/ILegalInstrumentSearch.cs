namespace ComunidadPyme.Web.Features.Api.LegalInstruments;

/// <summary>
/// Finds legal instruments. <see cref="DatabaseLegalInstrumentSearch"/> filters in the database with a
/// literal LIKE on titles and numbers; the full-text library search can replace it by registering its
/// own implementation, and the API keeps working unchanged.
/// </summary>
public interface ILegalInstrumentSearch
{
    Task<LegalInstrumentMatches> FindAsync(LegalInstrumentCriteria criteria, int skip, int take, CancellationToken cancellationToken);
}
