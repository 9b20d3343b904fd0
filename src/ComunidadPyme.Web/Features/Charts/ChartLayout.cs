using System.Globalization;

namespace ComunidadPyme.Web.Features.Charts;

/// <summary>
/// Lays a <see cref="ChartSpec"/> out on a canvas of a given size. Honest by default, as the issue asks of every
/// chart in the portal: the value axis starts at zero (or below it when values are negative), straight lines join
/// only adjacent observed periods so a missing year is a gap, and each series has its own colour (the Okabe-Ito
/// set, safe for colour-blind readers), line style and marker shape, so series stay apart in grey print.
/// </summary>
public static class ChartLayout
{
    public static readonly string[] Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D00"];

    private static readonly float[]?[] s_dashes = [null, [6, 3], [2, 3], [8, 3, 2, 3], [12, 4], [4, 2, 1, 2], [1, 2], [10, 2, 2, 2]];
    private static readonly MarkerKind[] s_markers = [MarkerKind.Circle, MarkerKind.Triangle, MarkerKind.Square, MarkerKind.Diamond];

    private const string Ink = "#212529";
    private const string Muted = "#595959";
    private const string Grid = "#dee2e6";
    private const float Padding = 16;

    /// <param name="compact">
    /// Inside a page that already shows the title, unit and source around the chart: leave them out, and draw the
    /// axes' text larger so that it stays readable when a phone shrinks the chart to its width.
    /// </param>
    public static ChartScene Build(ChartSpec spec, float width = 640, float height = 360, float scale = 1, bool compact = false)
    {
        var shapes = new List<ChartShape> { new RectShape(0, 0, width, height, "#ffffff") };
        var s = compact ? scale * 1.25f : scale;
        var y = (compact ? 0 : Padding) * s;
        var textWidth = width - 2 * Padding * s;

        foreach (var line in compact ? [] : Wrap(spec.Title, 16 * s, textWidth, bold: true).Take(2))
        {
            y += 16 * s;
            shapes.Add(new TextShape(Padding * s, y, line, 16 * s, TextAnchor.Start, Ink, Bold: true, CssClass: "chart-title"));
            y += 4 * s;
        }

        if (!compact && !string.IsNullOrWhiteSpace(spec.Subtitle))
        {
            y += 12 * s;
            shapes.Add(new TextShape(Padding * s, y, Clip(spec.Subtitle, 12 * s, textWidth), 12 * s, TextAnchor.Start, Muted));
            y += 4 * s;
        }

        var drawn = spec.Series.Where(series => series.Values.Any(v => v.HasValue)).ToList();
        if (drawn.Count > 1)
        {
            y = Legend(shapes, drawn, spec.Kind, y + 6 * s, width, s);
        }

        // The notes (source, licence) sit at the foot; the plot takes what is left between.
        var notes = compact ? [] : spec.Notes.SelectMany(n => Wrap(n, 10 * s, textWidth, bold: false)).Take(5).ToList();
        var bottom = height - (compact ? 0 : Padding * s) - notes.Count * 13 * s;
        var noteY = bottom + 4 * s;
        foreach (var note in notes)
        {
            noteY += 11 * s;
            shapes.Add(new TextShape(Padding * s, noteY, note, 10 * s, TextAnchor.Start, Muted, CssClass: "chart-note"));
            noteY += 2 * s;
        }

        var plotTop = y + 14 * s;
        var plotBottom = bottom - 22 * s;
        if (!spec.HasData || plotBottom - plotTop < 40 * s || spec.Categories.Count == 0)
        {
            shapes.Add(new TextShape(width / 2, (plotTop + plotBottom) / 2, spec.EmptyText, 14 * s, TextAnchor.Middle, Muted));
            return new ChartScene(width, height, spec.Title, Describe(spec), shapes);
        }

        var values = drawn.SelectMany(series => series.Values).OfType<double>().ToList();
        var (min, max, step) = NiceScale(Math.Min(0, values.Min()), Math.Max(0, values.Max()));
        var tickDecimals = Math.Clamp((int)-Math.Floor(Math.Log10(step)), 0, 6);
        var ticks = new List<double>();
        for (var tick = min; tick <= max + step / 2; tick += step)
        {
            ticks.Add(Math.Round(tick, 10));
        }

        var tickLabels = ticks.Select(t => t.ToString("N" + tickDecimals, spec.Culture)).ToList();
        var plotLeft = Padding * s + tickLabels.Max(l => TextWidth(l, 11 * s, false)) + 8 * s;
        var plotRight = width - Padding * s;
        float Y(double value) => (float)(plotBottom - (value - min) / (max - min) * (plotBottom - plotTop));

        for (var i = 0; i < ticks.Count; i++)
        {
            var tickY = Y(ticks[i]);
            shapes.Add(new LineShape(plotLeft, tickY, plotRight, tickY, ticks[i] == 0 ? Muted : Grid, (ticks[i] == 0 ? 1.2f : 1) * s));
            shapes.Add(new TextShape(plotLeft - 6 * s, tickY + 4 * s, tickLabels[i], 11 * s, TextAnchor.End, Muted));
        }

        var count = spec.Categories.Count;
        var slot = (plotRight - plotLeft) / count;
        float X(int index) => plotLeft + slot * (index + 0.5f);

        // Category labels: as many as fit side by side, always the first and the last.
        var labelWidth = spec.Categories.Max(c => TextWidth(c, 11 * s, false)) + 6 * s;
        var every = Math.Max(1, (int)Math.Ceiling(labelWidth / slot));
        for (var i = 0; i < count; i++)
        {
            if (i % every == 0 || (i == count - 1 && (count - 1) % every >= every / 2.0))
            {
                shapes.Add(new TextShape(X(i), plotBottom + 16 * s, spec.Categories[i], 11 * s, TextAnchor.Middle, Muted));
            }
        }

        foreach (var chartEvent in spec.Events)
        {
            var index = IndexOf(spec.Categories, chartEvent.Category);
            if (index >= 0)
            {
                shapes.Add(new EventShape(X(index), plotTop, plotBottom, chartEvent.Label, chartEvent.Link));
            }
        }

        var format = "N" + Math.Clamp(spec.Decimals, 0, 15);
        string Tip(ChartSeries series, int index) =>
            $"{series.Name}, {spec.Categories[index]}: {series.Values[index]!.Value.ToString(format, spec.Culture)}{(string.IsNullOrEmpty(spec.Unit) ? "" : " " + spec.Unit)}";

        if (spec.Kind == ChartKind.Bar)
        {
            var group = slot * 0.8f;
            var bar = group / drawn.Count;
            for (var n = 0; n < drawn.Count; n++)
            {
                var series = drawn[n];
                for (var i = 0; i < count; i++)
                {
                    if (series.Values[i] is not { } value)
                    {
                        continue;
                    }

                    var top = Y(Math.Max(value, 0));
                    var foot = Y(Math.Min(value, 0));
                    shapes.Add(new RectShape(X(i) - group / 2 + n * bar, top, Math.Max(bar - 1 * s, 1), Math.Max(foot - top, 1),
                        Palette[n % Palette.Length], Tip(series, i)));
                }
            }
        }
        else
        {
            for (var n = 0; n < drawn.Count; n++)
            {
                var series = drawn[n];
                var colour = Palette[n % Palette.Length];
                var run = new List<(float, float)>();
                for (var i = 0; i <= count; i++)
                {
                    if (i < count && series.Values[i] is { } value)
                    {
                        run.Add((X(i), Y(value)));
                        continue;
                    }

                    if (run.Count > 1)
                    {
                        shapes.Add(new PolylineShape(run, colour, 2 * s, s_dashes[n % s_dashes.Length]?.Select(d => d * s).ToArray()));
                    }

                    run = [];
                }

                for (var i = 0; i < count; i++)
                {
                    if (series.Values[i] is { } value)
                    {
                        shapes.Add(new MarkerShape(X(i), Y(value), 3.5f * s, s_markers[n % s_markers.Length], colour, Tip(series, i)));
                    }
                }
            }
        }

        return new ChartScene(width, height, spec.Title, Describe(spec), shapes);
    }

    private static float Legend(List<ChartShape> shapes, List<ChartSeries> drawn, ChartKind kind, float y, float width, float s)
    {
        var x = Padding * s;
        y += 10 * s;
        for (var n = 0; n < drawn.Count; n++)
        {
            var name = drawn[n].Name;
            var itemWidth = 22 * s + TextWidth(name, 12 * s, false) + 14 * s;
            if (x + itemWidth > width - Padding * s && x > Padding * s)
            {
                x = Padding * s;
                y += 18 * s;
            }

            var colour = Palette[n % Palette.Length];
            if (kind == ChartKind.Bar)
            {
                shapes.Add(new RectShape(x, y - 9 * s, 14 * s, 10 * s, colour));
            }
            else
            {
                shapes.Add(new LineShape(x, y - 4 * s, x + 16 * s, y - 4 * s, colour, 2 * s, s_dashes[n % s_dashes.Length]?.Select(d => d * s).ToArray()));
                shapes.Add(new MarkerShape(x + 8 * s, y - 4 * s, 3.5f * s, s_markers[n % s_markers.Length], colour, null));
            }

            shapes.Add(new TextShape(x + 22 * s, y, name, 12 * s, TextAnchor.Start, Ink, CssClass: "chart-legend"));
            x += itemWidth;
        }

        return y + 4 * s;
    }

    /// <summary>Rounds an axis to 1, 2 or 5 times a power of ten, with about five steps.</summary>
    public static (double Min, double Max, double Step) NiceScale(double min, double max)
    {
        if (max - min < double.Epsilon)
        {
            max = min + 1;
        }

        var step = Nice((max - min) / 4);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    private static double Nice(double value)
    {
        var exponent = Math.Floor(Math.Log10(value));
        var fraction = value / Math.Pow(10, exponent);
        var nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * Math.Pow(10, exponent);
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], item, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The width of a text in the chart's font, estimated from DejaVu Sans' average advance.</summary>
    public static float TextWidth(string text, float size, bool bold) => text.Length * size * (bold ? 0.63f : 0.58f);

    private static IEnumerable<string> Wrap(string text, float size, float width, bool bold)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && TextWidth(candidate, size, bold) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private static string Clip(string text, float size, float width)
    {
        var fits = (int)(width / (size * 0.58f));
        return text.Length <= fits ? text : text[..Math.Max(1, fits - 1)] + "…";
    }

    private static string Describe(ChartSpec spec) =>
        spec.Description ?? spec.Title;
}
