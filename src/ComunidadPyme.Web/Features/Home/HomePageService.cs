using System.Globalization;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Countries;
using ComunidadPyme.Web.Features.Maps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Home;

/// <summary>Gathers the home page: the map coloured by one indicator, the latest updates and the directory.</summary>
public sealed class HomePageService(
    AppDbContext db,
    CountryDirectoryService directory,
    LatestUpdatesService updates,
    ChoroplethMapBuilder maps,
    IStringLocalizer<HomeResource> text)
{
    public const string DefaultIndicator = "MSME_DENSITY";
    public const int LatestUpdateCount = 8;
    private const int MaxEchoedLength = 40;

    public async Task<HomeViewModel> BuildAsync(string? indicatorCode, string language, CancellationToken cancellationToken)
    {
        var countries = await directory.ListAsync(language, cancellationToken);
        var indicators = await ListIndicatorsAsync(language, cancellationToken);
        var requested = string.IsNullOrWhiteSpace(indicatorCode)
            ? null
            : indicators.FirstOrDefault(i => string.Equals(i.Code, indicatorCode.Trim(), StringComparison.OrdinalIgnoreCase));
        var selected = requested
                       ?? indicators.FirstOrDefault(i => i.Code == DefaultIndicator && i.HasData)
                       ?? indicators.FirstOrDefault(i => i.HasData)
                       ?? indicators.FirstOrDefault();
        var unknown = requested is null && !string.IsNullOrWhiteSpace(indicatorCode)
            ? Shorten(indicatorCode.Trim())
            : null;

        ChoroplethMap? map = null;
        if (selected is not null)
        {
            var names = countries.ToDictionary(c => c.Iso2, c => c.Name, StringComparer.OrdinalIgnoreCase);
            var values = await LatestValuesAsync(selected, cancellationToken);
            map = maps.Build(text["{0}: the latest year reported by each country", selected.Name], selected.Unit,
                names, values, v => Format(v, selected.Decimals));
        }

        var latest = await updates.ListAsync(language, LatestUpdateCount, cancellationToken);
        return new HomeViewModel(countries, indicators, selected, map, latest, unknown);
    }

    private async Task<List<MapIndicatorOption>> ListIndicatorsAsync(string language, CancellationToken cancellationToken)
    {
        var rows = await db.Indicators.AsNoTracking()
            .Where(i => i.IsActive)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new
            {
                i.Id, i.Code, i.Name, i.Unit, i.Decimals,
                HasData = db.Observations.Any(o => o.IndicatorId == i.Id),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(i => new MapIndicatorOption(i.Id, i.Code, i.Name.In(language), i.Unit.In(language), i.Decimals, i.HasData))
            .ToList();
    }

    private async Task<Dictionary<string, MapValue>> LatestValuesAsync(
        MapIndicatorOption indicator, CancellationToken cancellationToken)
    {
        var observations = await db.Observations.AsNoTracking()
            .Where(o => o.IndicatorId == indicator.Id)
            .Join(db.Countries, o => o.CountryId, c => c.Id, (o, c) => new { c.Iso2, o.Year, o.Period, o.Value, o.IsSample })
            .ToListAsync(cancellationToken);

        // The newest period of each country; an annual figure wins over a quarter or month of the same year.
        return observations
            .GroupBy(o => o.Iso2, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderByDescending(o => o.Year).ThenBy(o => o.Period.Length).ThenByDescending(o => o.Period,
                StringComparer.Ordinal).First())
            .ToDictionary(o => o.Iso2, o => new MapValue(o.Value, Format(o.Value, indicator.Decimals), o.Year, o.IsSample),
                StringComparer.OrdinalIgnoreCase);
    }

    private static string Format(double value, int decimals) =>
        value.ToString("N" + Math.Clamp(decimals, 0, 15), CultureInfo.CurrentCulture);

    private static string Shorten(string text) =>
        text.Length <= MaxEchoedLength ? text : string.Concat(text.AsSpan(0, MaxEchoedLength), "…");
}
