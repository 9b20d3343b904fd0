namespace ComunidadPyme.Web.Features.Maps;

/// <summary>
/// Splits values into classes holding about the same number of values each (quantiles), the usual choice
/// for a map of a few dozen countries with skewed figures. Equal values always fall in the same class, so
/// with few distinct values there are fewer classes than asked for.
/// </summary>
public sealed class QuantileClasses
{
    private readonly double[] _upperBounds;

    private QuantileClasses(IReadOnlyList<ValueClass> classes)
    {
        Classes = classes;
        _upperBounds = classes.Select(c => c.Max).ToArray();
    }

    public IReadOnlyList<ValueClass> Classes { get; }

    public static QuantileClasses From(IEnumerable<double> values, int classCount = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        var groups = new List<List<double>>();
        var previousSlot = -1;
        for (var i = 0; i < sorted.Length; i++)
        {
            var tied = i > 0 && sorted[i].Equals(sorted[i - 1]);
            var slot = (int)((long)i * classCount / sorted.Length);
            if (!tied && slot != previousSlot)
            {
                groups.Add([]);
                previousSlot = slot;
            }

            groups[^1].Add(sorted[i]);
        }

        return new QuantileClasses(groups
            .Select((g, index) => new ValueClass(index, g[0], g[^1], g.Count))
            .ToList());
    }

    /// <summary>The class of <paramref name="value"/>, or null when there are no classes or it is not a number.</summary>
    public ValueClass? ClassOf(double value)
    {
        if (_upperBounds.Length == 0 || !double.IsFinite(value))
        {
            return null;
        }

        var index = Array.FindIndex(_upperBounds, upper => value <= upper);
        return Classes[index < 0 ? _upperBounds.Length - 1 : index];
    }
}

/// <summary>One class of a choropleth legend: the values from <see cref="Min"/> to <see cref="Max"/>.</summary>
/// <param name="Index">0 for the lowest class; it picks the shade, from light to dark.</param>
public sealed record ValueClass(int Index, double Min, double Max, int Count);
