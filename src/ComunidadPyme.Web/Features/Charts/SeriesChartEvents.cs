using System.Globalization;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.Web.Features.Charts;

/// <summary>
/// The adoption years of a country's laws on the topic related to an indicator, as markers on the indicator's
/// time axis: each with its title (in the reader's language where translated) and a link to the law's page.
/// Only annual series get markers, and only for years the chart spans.
/// </summary>
public sealed class SeriesChartEvents(CountryProfileService profiles, LinkGenerator links, IHttpContextAccessor http)
{
    public async Task<IReadOnlyList<ChartEvent>> ForAsync(CountrySeries found, string language, CancellationToken cancellationToken) =>
        For(found.Series, await profiles.LawsAsync(found.Country.Id, cancellationToken), language);

    public IReadOnlyList<ChartEvent> For(IndicatorSeries series, IEnumerable<LegalInstrumentItem> laws, string language)
    {
        var topics = RelatedLegalTopics.Of(series.Theme);
        var (categories, _) = SeriesChart.Categories(series);
        if (topics == LegalTopics.None || categories.Count == 0 || !categories.All(c => int.TryParse(c, out _)))
        {
            return [];
        }

        var context = http.HttpContext;
        return laws
            .Where(l => (l.Topics & topics) != 0 && l.Year is { } year && categories.Contains(year.ToString(CultureInfo.InvariantCulture)))
            .OrderBy(l => l.Year)
            .Select(l => new ChartEvent(
                l.Year!.Value.ToString(CultureInfo.InvariantCulture),
                $"{l.Title.Resolve(language).Text} ({l.Year.Value.ToString(CultureInfo.InvariantCulture)})",
                context is null ? null : links.GetUriByAction(context, "Details", "Laws", new { lang = language, id = l.Id })))
            .ToList();
    }
}
