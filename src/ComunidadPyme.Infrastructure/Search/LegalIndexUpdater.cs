using System.Data.Common;
using ComunidadPyme.Core.Common;
using Microsoft.Extensions.Logging;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>Reindexes the instruments of the countries whose data were just saved.</summary>
public sealed class LegalIndexUpdater(LegalIndexMaintainer maintainer, ILogger<LegalIndexUpdater> logger)
    : ICountryDataChangeListener
{
    public async Task CountryDataChangedAsync(IReadOnlyCollection<int> countryIds, CancellationToken cancellationToken)
    {
        try
        {
            await maintainer.RefreshCountriesAsync(countryIds, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or IOException)
        {
            // The change itself is saved; failing the request now would suggest otherwise.
            logger.LogError("The legal library index could not be updated for countries {Countries}: {Reason}",
                countryIds, ex.Message);
        }
    }
}
