namespace ComunidadPyme.Web.Features.Charts;

/// <summary>
/// A chart as a page shows it: the SVG drawn on the server, and the ways to take it away: SVG, PNG, the CSV of
/// exactly its figures, a permanent link that reproduces it and the code to embed it in another site.
/// </summary>
/// <param name="Width">The width the chart is laid out at in the page (its height is set by <paramref name="Height"/>);
/// the SVG then scales to its column.</param>
public sealed record ChartFigure(
    ChartSpec Spec, string IdPrefix, string SvgUrl, string PngUrl, string CsvUrl, string Permalink, string EmbedUrl,
    float Width = 480, float Height = 280)
{
    private static readonly System.Text.Encodings.Web.HtmlEncoder s_html =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public string Svg => SvgChartWriter.Write(ChartLayout.Build(Spec, Width, Height, compact: true), IdPrefix, standalone: false);

    public const int EmbedWidth = 640;
    public const int EmbedHeight = 420;

    public string EmbedCode => Iframe(EmbedUrl, Spec.Title, EmbedWidth, EmbedHeight);

    /// <summary>The iframe another site pastes to show an embed (also the oEmbed answer's html).</summary>
    public static string Iframe(string src, string title, int width, int height) =>
        $"<iframe src=\"{s_html.Encode(src)}\" width=\"{width}\" height=\"{height}\" style=\"border:0;max-width:100%\" " +
        $"loading=\"lazy\" title=\"{s_html.Encode(title)}\"></iframe>";
}
