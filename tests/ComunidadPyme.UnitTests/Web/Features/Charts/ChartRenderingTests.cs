using System.Globalization;
using System.Xml.Linq;
using ComunidadPyme.Web.Features.Charts;
using SkiaSharp;

namespace ComunidadPyme.UnitTests.Web.Features.Charts;

public sealed class ChartRenderingTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    private static ChartSpec Spec(ChartKind kind = ChartKind.Line, params ChartSeries[] series) =>
        new("MSME density — Chile <2024>", "per 1,000 people", kind, ["2018", "2019", "2020", "2021"],
            series.Length > 0 ? series : [new ChartSeries("Chile", [40, null, null, 44.5])],
            "per 1,000 people", 1, CultureInfo.GetCultureInfo("es"), ["Source: INE & co", "Comunidad PYME · Licence CC-BY-4.0"])
        {
            EmptyText = "Aún no hay cifras",
        };

    private static XElement Svg(ChartSpec spec) =>
        XElement.Parse(SvgChartWriter.Write(ChartLayout.Build(spec), "t", standalone: false));

    [Fact]
    public void WritesWellFormedSvgWithTheTitleTheNotesAndATooltipPerFigure()
    {
        var svg = Svg(Spec());

        Assert.Equal("MSME density — Chile <2024>", svg.Element(s_svg + "title")!.Value);
        var texts = svg.Descendants(s_svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Source: INE & co", texts);
        Assert.Contains("Comunidad PYME · Licence CC-BY-4.0", texts);
        var tips = svg.Descendants().Where(e => (string?)e.Attribute("class") == "chart-point")
            .Select(e => e.Element(s_svg + "title")!.Value).ToList();
        Assert.Equal(["Chile, 2018: 40,0 per 1,000 people", "Chile, 2021: 44,5 per 1,000 people"], tips);
    }

    [Fact]
    public void LeavesAGapForMissingYearsInsteadOfDrawingALineAcrossThem()
    {
        var svg = Svg(Spec(ChartKind.Line, new ChartSeries("Chile", [40, 41, null, 44.5])));

        var lines = svg.Descendants(s_svg + "polyline").ToList();
        Assert.Single(lines);
        Assert.Equal(2, ((string)lines[0].Attribute("points")!).Split(' ').Length);
    }

    [Fact]
    public void StartsTheValueAxisAtZeroAndFormatsItsTicksInTheReadersCulture()
    {
        var svg = Svg(Spec(ChartKind.Bar, new ChartSeries("Brasil", [12_000, 13_500, null, 14_000])));

        var ticks = svg.Descendants(s_svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "end").Select(t => t.Value).ToList();
        Assert.Equal("0", ticks[0]);
        Assert.Contains("15.000", ticks);
        Assert.Equal(3, svg.Descendants(s_svg + "rect").Count(r => (string?)r.Attribute("class") == "chart-point"));
    }

    [Fact]
    public void SaysSoWhenNoSeriesHasAFigure()
    {
        var svg = Svg(Spec(ChartKind.Line, new ChartSeries("Chile", [null, null, null, null])));

        Assert.Contains("Aún no hay cifras", svg.Descendants(s_svg + "text").Select(t => t.Value));
        Assert.Empty(svg.Descendants(s_svg + "polyline"));
    }

    [Fact]
    public void NamesEverySeriesInALegendOnlyWhenThereAreSeveral()
    {
        var one = Svg(Spec());
        var two = Svg(Spec(ChartKind.Line, new ChartSeries("Brasil", [1, 2, 3, 4]), new ChartSeries("México", [2, 3, 4, 5])));

        Assert.DoesNotContain(one.Descendants(s_svg + "text"), t => (string?)t.Attribute("class") == "chart-legend");
        Assert.Equal(["Brasil", "México"], two.Descendants(s_svg + "text")
            .Where(t => (string?)t.Attribute("class") == "chart-legend").Select(t => t.Value));
    }

    [Fact]
    public void MarksLawsOnTheYearTheyWereAdoptedWithALinkToThem()
    {
        var spec = Spec() with { Events = [new ChartEvent("2019", "Ley 21.131 (2019)", "https://example.org/es/laws/7")] };

        var link = Svg(spec).Descendants(s_svg + "a").Single();

        Assert.Equal("https://example.org/es/laws/7", (string?)link.Attribute("href"));
        Assert.Equal("Ley 21.131 (2019)", link.Descendants(s_svg + "title").Single().Value);
    }

    [Fact]
    public void DrawsAPngOfTheAskedSizeWithInkWhereTheLineIs()
    {
        var png = PngChartWriter.Write(ChartLayout.Build(Spec(), 1200, 630, scale: 2));

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(1200, bitmap.Width);
        Assert.Equal(630, bitmap.Height);
        var dark = 0;
        for (var x = 0; x < bitmap.Width; x += 3)
        {
            for (var y = 0; y < 120; y += 3)
            {
                if (bitmap.GetPixel(x, y).Red < 100)
                {
                    dark++;
                }
            }
        }

        Assert.True(dark > 50, "the title should be drawn in dark ink at the top of the image");
        Assert.Equal(SKColors.White, bitmap.GetPixel(2, 2));
    }

    [Theory]
    [InlineData(0, 44.5, 0, 50, 10)]
    [InlineData(0, 11_200_000, 0, 12_000_000, 2_000_000)]
    [InlineData(-3, 7, -4, 8, 2)]
    public void RoundsTheAxisToOneTwoOrFiveTimesAPowerOfTen(double min, double max, double niceMin, double niceMax, double step)
    {
        Assert.Equal((niceMin, niceMax, step), ChartLayout.NiceScale(min, max));
    }
}
