using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Maps;

/// <summary>Colours the outline of the Americas by one figure per country, in quantile classes.</summary>
public sealed class ChoroplethMapBuilder(AmericasMapShapes shapes, IStringLocalizer<MapResource> text)
{
    /// <param name="namesByIso2">Country names in the visitor's language.</param>
    /// <param name="valuesByIso2">The figure of each country that has one.</param>
    /// <param name="format">Formats a value as the page does (the indicator's decimals, the current culture).</param>
    public ChoroplethMap Build(
        string caption,
        string unit,
        IReadOnlyDictionary<string, string> namesByIso2,
        IReadOnlyDictionary<string, MapValue> valuesByIso2,
        Func<double, string> format)
    {
        var classes = QuantileClasses.From(valuesByIso2.Values.Select(v => v.Value), ChoroplethMap.ShadeCount);
        var areas = shapes.Countries
            .Select(shape => Area(shape, namesByIso2, valuesByIso2.GetValueOrDefault(shape.Iso2), classes, unit))
            .OrderBy(a => a.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
            .ToList();

        var legend = classes.Classes
            .Select(c => new LegendEntry(Shade(c, classes), RangeLabel(c, format), c.Count))
            .Append(new LegendEntry(null, text["No data"], areas.Count(a => a.Value is null)))
            .ToList();
        return new ChoroplethMap(caption, unit, shapes.ViewBox, shapes.Context, shapes.Attribution, areas, legend);
    }

    private MapArea Area(
        CountryShape shape,
        IReadOnlyDictionary<string, string> namesByIso2,
        MapValue? value,
        QuantileClasses classes,
        string unit)
    {
        var name = namesByIso2.GetValueOrDefault(shape.Iso2, shape.Iso2);
        var label = value is null
            ? text["{0}: no data", name].Value
            : text["{0}: {1} {2} ({3})", name, value.Formatted, unit, value.Year].Value;
        var valueClass = value is null ? null : classes.ClassOf(value.Value);
        return new MapArea(
            shape.Iso2,
            name,
            shape.Path,
            valueClass is null ? null : Shade(valueClass, classes),
            label,
            value,
            shape.Marker?.X.ToString(CultureInfo.InvariantCulture),
            shape.Marker?.Y.ToString(CultureInfo.InvariantCulture));
    }

    private string RangeLabel(ValueClass valueClass, Func<double, string> format) =>
        valueClass.Min.Equals(valueClass.Max)
            ? format(valueClass.Min)
            : text["{0} to {1}", format(valueClass.Min), format(valueClass.Max)];

    // Fewer classes than shades (few distinct values) are spread over the whole ramp, lightest to darkest.
    private static int Shade(ValueClass valueClass, QuantileClasses classes)
    {
        var count = classes.Classes.Count;
        return count <= 1
            ? ChoroplethMap.ShadeCount - 1
            : (int)Math.Round(valueClass.Index * (ChoroplethMap.ShadeCount - 1) / (double)(count - 1));
    }
}
