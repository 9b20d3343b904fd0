namespace ComunidadPyme.Web.Features.Compare;

/// <summary>
/// Turns a query into the comparison to show, whatever it holds: unknown codes are left out, unreadable years
/// replaced by the last ten years with figures, reversed years swapped, and no countries means every
/// country that reports the indicator.
/// </summary>
public static class CompareSelectionResolver
{
    public const int DefaultSpan = 10;

    public static CompareSelection Resolve(CompareQuery query, CompareCatalogue catalogue, int currentYear)
    {
        var indicator = catalogue.FindIndicator(query.Indicator) ?? catalogue.DefaultChoice();
        var countries = Countries(query, catalogue, indicator);
        var (from, to) = Years(query, indicator?.LatestYear ?? currentYear);
        var view = CompareInput.TryParseView(query.View, out var parsed) ? parsed : CompareView.Table;
        return new CompareSelection(indicator, countries, from, to, view);
    }

    private static List<CompareCountry> Countries(CompareQuery query, CompareCatalogue catalogue, CompareIndicator? indicator)
    {
        var codes = CompareInput.CountryCodes(query.Countries);
        var hasRegion = CompareInput.TryParseRegion(query.Region, out var region);
        if (codes.Count == 0 && string.IsNullOrWhiteSpace(query.Region))
        {
            return catalogue.Countries
                .Where(c => indicator?.ReportingCountryIds.Contains(c.Id) == true)
                .ToList();
        }

        var listed = codes.Take(CompareInput.MaxCountries)
            .Select(catalogue.FindCountry)
            .OfType<CompareCountry>();
        var inRegion = hasRegion ? catalogue.Countries.Where(c => c.SubRegion == region) : [];
        return listed.Concat(inRegion).DistinctBy(c => c.Id).Take(CompareInput.MaxCountries).ToList();
    }

    private static (int From, int To) Years(CompareQuery query, int latestYear)
    {
        var hasFrom = CompareInput.TryParseYearInRange(query.From, out var from);
        var hasTo = CompareInput.TryParseYearInRange(query.To, out var to);
        if (hasFrom && hasTo)
        {
            return from <= to ? (from, to) : (to, from);
        }

        if (hasFrom)
        {
            return (from, Math.Max(from, Math.Min(latestYear, CompareInput.MaxYear)));
        }

        to = hasTo ? to : Math.Clamp(latestYear, CompareInput.MinYear, CompareInput.MaxYear);
        return (Math.Max(CompareInput.MinYear, to - DefaultSpan + 1), to);
    }
}
