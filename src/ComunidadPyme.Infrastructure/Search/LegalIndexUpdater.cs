using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// Reindexes the instruments of the countries whose data were just saved. Failures reach
/// <see cref="Data.Changes.CountryChangeNotifier"/>, which logs them and tries again later.
/// </summary>
public sealed class LegalIndexUpdater(LegalIndexMaintainer maintainer) : ICountryDataChangeListener
{
    public Task CountryDataChangedAsync(IReadOnlyCollection<int> countryIds, CancellationToken cancellationToken) =>
        maintainer.RefreshCountriesAsync(countryIds, cancellationToken);
}
