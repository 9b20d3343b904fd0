namespace ComunidadPyme.Web.Features.Charts;

/// <summary>
/// A laid-out chart: shapes in pixel coordinates of a canvas <see cref="Width"/> × <see cref="Height"/>. The SVG
/// and PNG writers only draw these, so both formats show the same picture.
/// </summary>
public sealed record ChartScene(float Width, float Height, string Title, string Description, IReadOnlyList<ChartShape> Shapes);

public abstract record ChartShape;

public sealed record LineShape(float X1, float Y1, float X2, float Y2, string Colour, float Thickness, float[]? Dash = null) : ChartShape;

public sealed record PolylineShape(IReadOnlyList<(float X, float Y)> Points, string Colour, float Thickness, float[]? Dash) : ChartShape;

public sealed record RectShape(float X, float Y, float Width, float Height, string Fill, string? Tooltip = null) : ChartShape;

public enum MarkerKind
{
    Circle,
    Triangle,
    Square,
    Diamond,
}

public sealed record MarkerShape(float X, float Y, float Radius, MarkerKind Kind, string Colour, string? Tooltip) : ChartShape;

public enum TextAnchor
{
    Start,
    Middle,
    End,
}

public sealed record TextShape(float X, float Y, string Text, float Size, TextAnchor Anchor, string Colour, bool Bold = false, string? CssClass = null) : ChartShape;

/// <summary>A link around an event marker, so that a reader can open what the marker stands for.</summary>
public sealed record EventShape(float X, float Top, float Bottom, string Label, string? Link) : ChartShape;
