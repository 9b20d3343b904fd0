using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.Web.Features.Charts;

/// <summary>A country's chart of one indicator, with the law dates on its axis, wherever it is drawn (files, embeds).</summary>
public sealed class SeriesChartService(CountryProfileService profiles, ChartFactory charts, SeriesChartEvents events)
{
    /// <summary>Null for an unknown country or indicator.</summary>
    public async Task<(ChartSpec Spec, CountrySeries Series)?> ChartAsync(
        string iso2, string code, string language, CancellationToken cancellationToken)
    {
        if (await profiles.SeriesAsync(iso2, code, language, cancellationToken) is not { } found)
        {
            return null;
        }

        return (charts.Series(found.Series, found.CountryName, await events.ForAsync(found, language, cancellationToken)), found);
    }
}
