using System.Reflection;
using SkiaSharp;

namespace ComunidadPyme.Web.Features.Charts;

/// <summary>
/// Draws a <see cref="ChartScene"/> as a PNG with SkiaSharp, in the DejaVu Sans font the portal carries inside its
/// assembly (so the image is the same on a server without any fonts installed).
/// </summary>
public static class PngChartWriter
{
    private static readonly Lazy<SKTypeface> s_regular = new(() => LoadFont("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> s_bold = new(() => LoadFont("DejaVuSans-Bold.ttf"));

    public const string ContentType = "image/png";

    public static byte[] Write(ChartScene scene)
    {
        var info = new SKImageInfo((int)Math.Ceiling(scene.Width), (int)Math.Ceiling(scene.Height), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var scale = scene.Width / ChartFactory.Width;
        foreach (var shape in scene.Shapes)
        {
            Draw(canvas, shape, scale);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void Draw(SKCanvas canvas, ChartShape shape, float scale)
    {
        switch (shape)
        {
            case LineShape line:
                using (var paint = Stroke(line.Colour, line.Thickness, line.Dash))
                {
                    canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, paint);
                }

                break;
            case PolylineShape polyline:
                using (var paint = Stroke(polyline.Colour, polyline.Thickness, polyline.Dash))
                using (var builder = new SKPathBuilder())
                {
                    builder.MoveTo(polyline.Points[0].X, polyline.Points[0].Y);
                    foreach (var (x, y) in polyline.Points.Skip(1))
                    {
                        builder.LineTo(x, y);
                    }

                    paint.StrokeJoin = SKStrokeJoin.Round;
                    using var path = builder.Detach();
                    canvas.DrawPath(path, paint);
                }

                break;
            case RectShape rect:
                using (var paint = Fill(rect.Fill))
                {
                    canvas.DrawRect(rect.X, rect.Y, rect.Width, rect.Height, paint);
                }

                break;
            case MarkerShape marker:
                DrawMarker(canvas, marker);
                break;
            case TextShape text:
                using (var paint = Fill(text.Colour))
                using (var font = new SKFont(text.Bold ? s_bold.Value : s_regular.Value, text.Size))
                {
                    var align = text.Anchor switch
                    {
                        TextAnchor.Middle => SKTextAlign.Center,
                        TextAnchor.End => SKTextAlign.Right,
                        _ => SKTextAlign.Left,
                    };
                    canvas.DrawText(text.Text, text.X, text.Y, align, font, paint);
                }

                break;
            case EventShape chartEvent:
                using (var paint = Stroke("#6f42c1", 1.5f * scale, [3 * scale, 3 * scale]))
                {
                    canvas.DrawLine(chartEvent.X, chartEvent.Top, chartEvent.X, chartEvent.Bottom, paint);
                }

                break;
        }
    }

    private static void DrawMarker(SKCanvas canvas, MarkerShape marker)
    {
        using var paint = Fill(marker.Colour);
        var (x, y, r) = (marker.X, marker.Y, marker.Radius);
        if (marker.Kind == MarkerKind.Circle)
        {
            canvas.DrawCircle(x, y, r, paint);
            return;
        }

        if (marker.Kind == MarkerKind.Square)
        {
            canvas.DrawRect(x - r, y - r, 2 * r, 2 * r, paint);
            return;
        }

        using var builder = new SKPathBuilder();
        if (marker.Kind == MarkerKind.Triangle)
        {
            builder.MoveTo(x, y - r * 1.2f);
            builder.LineTo(x + r * 1.1f, y + r * 0.8f);
            builder.LineTo(x - r * 1.1f, y + r * 0.8f);
        }
        else
        {
            builder.MoveTo(x, y - r * 1.3f);
            builder.LineTo(x + r * 1.3f, y);
            builder.LineTo(x, y + r * 1.3f);
            builder.LineTo(x - r * 1.3f, y);
        }

        builder.Close();
        using var path = builder.Detach();
        canvas.DrawPath(path, paint);
    }

    private static SKPaint Stroke(string colour, float thickness, float[]? dash) => new()
    {
        Color = SKColor.Parse(colour),
        StrokeWidth = thickness,
        IsStroke = true,
        IsAntialias = true,
        PathEffect = dash is { Length: > 0 } ? SKPathEffect.CreateDash(dash, 0) : null,
    };

    private static SKPaint Fill(string colour) => new() { Color = SKColor.Parse(colour), IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKTypeface LoadFont(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ComunidadPyme.Web.Fonts.{file}")
            ?? throw new InvalidOperationException($"The chart font {file} is not embedded in the portal's assembly.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"The chart font {file} could not be read.");
    }
}
