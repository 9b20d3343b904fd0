using ComunidadPyme.Web.Features.Charts;
using ComunidadPyme.Web.Features.Maps;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>Resolves a query into a comparison and gathers the table, chart or map the page shows.</summary>
public sealed class ComparePageService(
    CompareService compare,
    ChoroplethMapBuilder maps,
    TimeProvider clock,
    ChartFactory charts,
    IStringLocalizer<CompareResource> text)
{
    public Task<CompareCatalogue> LoadCatalogueAsync(string language, CancellationToken cancellationToken) =>
        compare.LoadCatalogueAsync(language, cancellationToken);

    public CompareSelection Resolve(CompareQuery query, CompareCatalogue catalogue) =>
        CompareSelectionResolver.Resolve(query, catalogue, clock.GetUtcNow().Year);

    public Task<CompareTable> LoadTableAsync(CompareSelection selection, CancellationToken cancellationToken) =>
        compare.LoadTableAsync(selection, cancellationToken);

    public async Task<CompareViewModel> BuildAsync(
        CompareSelection selection, CompareCatalogue catalogue, CancellationToken cancellationToken)
    {
        var table = await compare.LoadTableAsync(selection, cancellationToken);
        var indicator = selection.Indicator;
        var chart = indicator is not null && selection.View is CompareView.Line or CompareView.Bar
            ? Chart(selection, table, indicator)
            : null;
        var map = indicator is not null && selection.View == CompareView.Map
            ? Map(selection, indicator, catalogue, table)
            : null;
        return new CompareViewModel(catalogue, selection, table, chart, map);
    }

    /// <summary>The chart of the comparison a query describes (a line chart unless it asks for bars); null without an indicator.</summary>
    public async Task<(ChartSpec Spec, CompareSelection Selection)?> ChartAsync(CompareQuery query, string language, CancellationToken cancellationToken)
    {
        var selection = Resolve(query, await LoadCatalogueAsync(language, cancellationToken));
        if (selection.Indicator is not { } indicator)
        {
            return null;
        }

        return (Chart(selection, await LoadTableAsync(selection, cancellationToken), indicator), selection);
    }

    public ChartSpec Chart(CompareSelection selection, CompareTable table, CompareIndicator indicator) =>
        charts.Compare(table, indicator, selection.From, selection.To, selection.View == CompareView.Bar ? ChartKind.Bar : ChartKind.Line);

    private ChoroplethMap Map(
        CompareSelection selection, CompareIndicator indicator, CompareCatalogue catalogue, CompareTable table)
    {
        var names = catalogue.Countries.ToDictionary(c => c.Iso2, c => c.Name, StringComparer.OrdinalIgnoreCase);
        var values = new Dictionary<string, MapValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            if (row.Latest is { } latest)
            {
                values[row.Iso2] = new MapValue(latest.Cell.Value, latest.Cell.Formatted, table.Years[latest.Index], latest.Cell.IsSample);
            }
        }

        var decimals = Math.Clamp(indicator.Decimals, 0, 15);
        return maps.Build(
            text["{0}: the latest value from {1} to {2}", indicator.Name, selection.From, selection.To],
            indicator.Unit, names, values,
            v => v.ToString("N" + decimals, System.Globalization.CultureInfo.CurrentCulture));
    }
}
