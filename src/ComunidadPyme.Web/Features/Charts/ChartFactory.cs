using System.Globalization;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Compare;
using ComunidadPyme.Web.Features.CountryProfile;
using ComunidadPyme.Web.Features.OpenData;
using ComunidadPyme.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Charts;

/// <summary>
/// Turns the portal's series into chart specs, in the reader's language, with the notes every copy of a chart
/// carries wherever it travels: its source, whether the figures are sample data, and the licence.
/// </summary>
public sealed class ChartFactory(IStringLocalizer<ChartResource> text, IStringLocalizer<SharedResource> shared)
{
    /// <summary>Size of the SVG and of the PNG download (drawn at twice the size for sharp print).</summary>
    public const float Width = 640;
    public const float Height = 360;

    /// <summary>A country's series of one indicator; an annual series gets every year, a missing one as a gap.</summary>
    public ChartSpec Series(IndicatorSeries series, string countryName, IReadOnlyList<ChartEvent>? events = null)
    {
        var (categories, values) = SeriesChart.Categories(series);
        var title = text["{0} — {1}", series.Name, countryName];
        var notes = Notes(series.Points.Select(p => p.SourceNote), series.IsSample).ToList();
        if (events is { Count: > 0 })
        {
            notes.Add(text["Dashed purple lines: related laws adopted: {0}.", string.Join("; ", events.Select(e => e.Label))]);
        }

        return new ChartSpec(title, series.Unit, ChartKind.Line, categories,
            [new ChartSeries(countryName, values)], series.Unit, series.Decimals, CultureInfo.CurrentCulture, notes)
        {
            Description = text["{0}: {1} figures from {2} to {3}. The table on the page has the same figures.",
                title, series.Points.Count, series.Points.FirstOrDefault()?.Period ?? "", series.Points.LastOrDefault()?.Period ?? ""],
            EmptyText = text["No figures yet"],
            Events = events ?? [],
        };
    }

    /// <summary>One indicator across the chosen countries and years, as the compare page shows it.</summary>
    public ChartSpec Compare(CompareTable table, CompareIndicator indicator, int from, int to, ChartKind kind)
    {
        var title = text["{0}, {1}–{2}", indicator.Name, from, to];
        return new ChartSpec(title, indicator.Unit, kind,
            [.. table.Years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
            [.. table.Rows.Select(r => new ChartSeries(r.Name, [.. r.Cells.Select(c => c?.Value)]))],
            indicator.Unit, indicator.Decimals, CultureInfo.CurrentCulture,
            Notes(table.Rows.SelectMany(r => r.Cells.OfType<CompareCell>().Select(c => c.SourceNote)), table.HasSampleFigures))
        {
            Description = text["{0}: {1} countries. The table on the page has the same figures.", title, table.Rows.Count],
            EmptyText = text["No figures yet"],
        };
    }

    /// <summary>A card with only a title, for a page that has no figures to chart yet.</summary>
    public ChartSpec Empty(string title) =>
        new(title, null, ChartKind.Line, [], [], "", 0, CultureInfo.CurrentCulture, Notes([], sample: false))
        {
            EmptyText = text["No figures yet"],
        };

    public IReadOnlyList<string> Notes(IEnumerable<string> sourceNotes, bool sample)
    {
        var notes = new List<string>();
        var sources = sourceNotes.Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => SourceNoteText.For(n, shared)).Distinct(StringComparer.Ordinal).ToList();
        if (sources.Count > 0)
        {
            notes.Add(text["Source: {0}", string.Join("; ", sources)]);
        }

        // A sample series' source already says it is sample data; say it separately only when the sources do not.
        if (sample && !sourceNotes.All(SampleSource.IsSampleNote))
        {
            notes.Add(text["Sample data for demonstration, not official figures."]);
        }

        notes.Add(text["{0} · Licence {1}", OpenDataLicence.Publisher, OpenDataLicence.Identifier]);
        return notes;
    }

    public static string Svg(ChartSpec spec, string idPrefix, bool standalone = false) =>
        SvgChartWriter.Write(ChartLayout.Build(spec, Width, Height), idPrefix, standalone);

    /// <summary>The 1200 × 630 image of a link preview (Open Graph, Twitter cards).</summary>
    public static byte[] Preview(ChartSpec spec) =>
        PngChartWriter.Write(ChartLayout.Build(spec, 1200, 630, scale: 1.75f));

    public static byte[] Png(ChartSpec spec) =>
        PngChartWriter.Write(ChartLayout.Build(spec, Width * 2, Height * 2, scale: 2));
}
