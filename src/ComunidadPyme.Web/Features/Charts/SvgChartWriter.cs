using System.Globalization;
using System.Text;
using System.Xml;

namespace ComunidadPyme.Web.Features.Charts;

/// <summary>
/// Writes a <see cref="ChartScene"/> as SVG: readable without script, with a title and description for screen
/// readers and a native tooltip (an SVG title) on every point. Text goes through an XML writer, so nothing in a
/// country's or indicator's name can break out of the markup.
/// </summary>
public static class SvgChartWriter
{
    private const string Ns = "http://www.w3.org/2000/svg";
    private const string FontFamily = "'DejaVu Sans', Verdana, Arial, sans-serif";

    /// <param name="idPrefix">Prefix of the ids inside the SVG, unique on a page that holds several charts.</param>
    /// <param name="standalone">A file (with an XML declaration and a fixed size) rather than markup inside a page.</param>
    public static string Write(ChartScene scene, string idPrefix, bool standalone)
    {
        var builder = new StringBuilder(8192);
        if (standalone)
        {
            builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }

        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, ConformanceLevel = ConformanceLevel.Fragment };
        using (var xml = XmlWriter.Create(builder, settings))
        {
            xml.WriteStartElement("svg", Ns);
            xml.WriteAttributeString("viewBox", $"0 0 {N(scene.Width)} {N(scene.Height)}");
            if (standalone)
            {
                xml.WriteAttributeString("width", N(scene.Width));
                xml.WriteAttributeString("height", N(scene.Height));
            }

            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", $"{idPrefix}-title {idPrefix}-desc");
            xml.WriteAttributeString("class", "chart-svg");
            xml.WriteAttributeString("font-family", FontFamily);
            xml.WriteStartElement("title", Ns);
            xml.WriteAttributeString("id", $"{idPrefix}-title");
            xml.WriteString(scene.Title);
            xml.WriteEndElement();
            xml.WriteStartElement("desc", Ns);
            xml.WriteAttributeString("id", $"{idPrefix}-desc");
            xml.WriteString(scene.Description);
            xml.WriteEndElement();

            foreach (var shape in scene.Shapes)
            {
                WriteShape(xml, shape);
            }

            xml.WriteEndElement();
        }

        return builder.ToString();
    }

    private static void WriteShape(XmlWriter xml, ChartShape shape)
    {
        switch (shape)
        {
            case LineShape line:
                xml.WriteStartElement("line", Ns);
                Attributes(xml, ("x1", N(line.X1)), ("y1", N(line.Y1)), ("x2", N(line.X2)), ("y2", N(line.Y2)),
                    ("stroke", line.Colour), ("stroke-width", N(line.Thickness)));
                Dash(xml, line.Dash);
                xml.WriteEndElement();
                break;
            case PolylineShape polyline:
                xml.WriteStartElement("polyline", Ns);
                Attributes(xml, ("points", string.Join(' ', polyline.Points.Select(p => $"{N(p.X)},{N(p.Y)}"))),
                    ("fill", "none"), ("stroke", polyline.Colour), ("stroke-width", N(polyline.Thickness)), ("stroke-linejoin", "round"));
                Dash(xml, polyline.Dash);
                xml.WriteEndElement();
                break;
            case RectShape rect:
                xml.WriteStartElement("rect", Ns);
                Attributes(xml, ("x", N(rect.X)), ("y", N(rect.Y)), ("width", N(rect.Width)), ("height", N(rect.Height)), ("fill", rect.Fill));
                if (rect.Tooltip is not null)
                {
                    xml.WriteAttributeString("class", "chart-point");
                }

                Tooltip(xml, rect.Tooltip);
                xml.WriteEndElement();
                break;
            case MarkerShape marker:
                WriteMarker(xml, marker);
                break;
            case TextShape text:
                xml.WriteStartElement("text", Ns);
                Attributes(xml, ("x", N(text.X)), ("y", N(text.Y)), ("font-size", N(text.Size)), ("fill", text.Colour));
                if (text.Anchor != TextAnchor.Start)
                {
                    xml.WriteAttributeString("text-anchor", text.Anchor == TextAnchor.Middle ? "middle" : "end");
                }

                if (text.Bold)
                {
                    xml.WriteAttributeString("font-weight", "bold");
                }

                if (text.CssClass is not null)
                {
                    xml.WriteAttributeString("class", text.CssClass);
                }

                xml.WriteString(text.Text);
                xml.WriteEndElement();
                break;
            case EventShape chartEvent:
                if (chartEvent.Link is not null)
                {
                    xml.WriteStartElement("a", Ns);
                    xml.WriteAttributeString("href", chartEvent.Link);
                    xml.WriteAttributeString("target", "_blank");
                }

                xml.WriteStartElement("g", Ns);
                xml.WriteAttributeString("class", "chart-event");
                xml.WriteStartElement("title", Ns);
                xml.WriteString(chartEvent.Label);
                xml.WriteEndElement();
                xml.WriteStartElement("line", Ns);
                Attributes(xml, ("x1", N(chartEvent.X)), ("y1", N(chartEvent.Top)), ("x2", N(chartEvent.X)), ("y2", N(chartEvent.Bottom)),
                    ("stroke", "#6f42c1"), ("stroke-width", "1.5"), ("stroke-dasharray", "3 3"));
                xml.WriteEndElement();
                xml.WriteStartElement("path", Ns);
                Attributes(xml, ("d", $"M{N(chartEvent.X - 5)},{N(chartEvent.Top)} h10 l-5,7 z"), ("fill", "#6f42c1"));
                xml.WriteEndElement();
                xml.WriteEndElement();
                if (chartEvent.Link is not null)
                {
                    xml.WriteEndElement();
                }

                break;
        }
    }

    private static void WriteMarker(XmlWriter xml, MarkerShape marker)
    {
        var (x, y, r) = (marker.X, marker.Y, marker.Radius);
        if (marker.Kind == MarkerKind.Circle)
        {
            xml.WriteStartElement("circle", Ns);
            Attributes(xml, ("cx", N(x)), ("cy", N(y)), ("r", N(r)));
        }
        else
        {
            xml.WriteStartElement("path", Ns);
            xml.WriteAttributeString("d", marker.Kind switch
            {
                MarkerKind.Triangle => $"M{N(x)},{N(y - r * 1.2f)} L{N(x + r * 1.1f)},{N(y + r * 0.8f)} L{N(x - r * 1.1f)},{N(y + r * 0.8f)} Z",
                MarkerKind.Square => $"M{N(x - r)},{N(y - r)} h{N(2 * r)} v{N(2 * r)} h{N(-2 * r)} Z",
                _ => $"M{N(x)},{N(y - r * 1.3f)} L{N(x + r * 1.3f)},{N(y)} L{N(x)},{N(y + r * 1.3f)} L{N(x - r * 1.3f)},{N(y)} Z",
            });
        }

        Attributes(xml, ("fill", marker.Colour));
        if (marker.Tooltip is not null)
        {
            xml.WriteAttributeString("class", "chart-point");
        }

        Tooltip(xml, marker.Tooltip);
        xml.WriteEndElement();
    }

    private static void Tooltip(XmlWriter xml, string? tooltip)
    {
        if (tooltip is null)
        {
            return;
        }

        xml.WriteStartElement("title", Ns);
        xml.WriteString(tooltip);
        xml.WriteEndElement();
    }

    private static void Dash(XmlWriter xml, float[]? dash)
    {
        if (dash is { Length: > 0 })
        {
            xml.WriteAttributeString("stroke-dasharray", string.Join(' ', dash.Select(N)));
        }
    }

    private static void Attributes(XmlWriter xml, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    private static string N(float value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
