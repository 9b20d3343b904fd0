using ComunidadPyme.Web.Features.Maps;

namespace ComunidadPyme.UnitTests.Web.Features.Maps;

public sealed class QuantileClassesTests
{
    [Fact]
    public void SplitsTenValuesIntoFiveClassesOfTwo()
    {
        var classes = QuantileClasses.From([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 5);

        Assert.Equal([(1d, 2d), (3d, 4d), (5d, 6d), (7d, 8d), (9d, 10d)], classes.Classes.Select(c => (c.Min, c.Max)));
        Assert.All(classes.Classes, c => Assert.Equal(2, c.Count));
        Assert.Equal([0, 1, 2, 3, 4], classes.Classes.Select(c => c.Index));
    }

    [Fact]
    public void SpreadsUnevenCountsAsEvenlyAsItCan()
    {
        var classes = QuantileClasses.From([1, 2, 3, 4, 5, 6, 7, 8, 9], 5);

        Assert.Equal(5, classes.Classes.Count);
        Assert.Equal(9, classes.Classes.Sum(c => c.Count));
        Assert.All(classes.Classes, c => Assert.InRange(c.Count, 1, 2));
    }

    [Fact]
    public void KeepsEqualValuesInOneClass()
    {
        var classes = QuantileClasses.From([5, 5, 5, 5, 5, 5, 9], 5);

        Assert.Equal([(5d, 5d), (9d, 9d)], classes.Classes.Select(c => (c.Min, c.Max)));
        Assert.Equal(classes.ClassOf(5), classes.Classes[0]);
    }

    [Fact]
    public void MakesFewerClassesThanAskedForFewValues()
    {
        var classes = QuantileClasses.From([3, 1], 5);

        Assert.Equal(2, classes.Classes.Count);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(4, 1)]
    [InlineData(4.5, 2)]
    [InlineData(10, 4)]
    [InlineData(-100, 0)]
    [InlineData(1000, 4)]
    public void PutsAValueInTheClassWhoseRangeHoldsIt(double value, int expected)
    {
        var classes = QuantileClasses.From([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 5);

        Assert.Equal(expected, classes.ClassOf(value)!.Index);
    }

    [Fact]
    public void HasNoClassesWithoutValuesAndIgnoresNonNumbers()
    {
        Assert.Empty(QuantileClasses.From([]).Classes);
        Assert.Null(QuantileClasses.From([]).ClassOf(1));
        var classes = QuantileClasses.From([double.NaN, 2, double.PositiveInfinity]);
        Assert.Single(classes.Classes);
        Assert.Null(classes.ClassOf(double.NaN));
    }

    [Fact]
    public void RefusesZeroClasses()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuantileClasses.From([1, 2], 0));
    }
}
