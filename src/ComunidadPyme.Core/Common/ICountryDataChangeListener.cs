namespace ComunidadPyme.Core.Common;

/// <summary>Told after every save which countries' public data changed, so cached pages can be dropped.</summary>
public interface ICountryDataChangeListener
{
    /// <param name="countryIds">The countries whose records changed; empty when only shared data (catalogue, principles) did.</param>
    Task CountryDataChangedAsync(IReadOnlyCollection<int> countryIds, CancellationToken cancellationToken);
}
