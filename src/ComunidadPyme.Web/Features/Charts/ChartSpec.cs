using System.Globalization;

namespace ComunidadPyme.Web.Features.Charts;

public enum ChartKind
{
    Line,
    Bar,
}

/// <summary>
/// What a chart shows, independent of how it is drawn: the same spec becomes the SVG in the page, the SVG and
/// PNG downloads, the embed and the link preview image. Values are in category order; a missing value is null
/// and shows as a gap, never as zero.
/// </summary>
public sealed record ChartSpec(
    string Title,
    string? Subtitle,
    ChartKind Kind,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string Unit,
    int Decimals,
    CultureInfo Culture,
    IReadOnlyList<string> Notes)
{
    /// <summary>The text a reader gets when the picture is not shown: what it is and how many series and periods.</summary>
    public string? Description { get; init; }

    /// <summary>Dates of events marked on the time axis (for instance the adoption of a law), by category label.</summary>
    public IReadOnlyList<ChartEvent> Events { get; init; } = [];

    /// <summary>What the chart says when no series has a value, in the reader's language.</summary>
    public string EmptyText { get; init; } = "—";

    public bool HasData => Series.Any(s => s.Values.Any(v => v.HasValue));
}

public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>An event shown as a vertical marker on the category it falls in, with its label as the tooltip.</summary>
public sealed record ChartEvent(string Category, string Label, string? Link);
