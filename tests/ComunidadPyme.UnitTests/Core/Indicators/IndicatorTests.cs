using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.UnitTests.Core.Indicators;

public class IndicatorTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(55.5, true)]
    [InlineData(-0.001, false)]
    [InlineData(100.001, false)]
    public void AllowsValuesWithinItsInclusiveBounds(double value, bool expected)
    {
        var share = new Indicator { Code = "MSME_SHARE", MinValue = 0, MaxValue = 100 };

        Assert.Equal(expected, share.Allows(value));
    }

    [Theory]
    [InlineData(-1e12)]
    [InlineData(0)]
    [InlineData(1e12)]
    public void AllowsAnyValueWithoutBounds(double value)
    {
        var indicator = new Indicator { Code = "GDP_GROWTH" };

        Assert.True(indicator.Allows(value));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1e12, true)]
    public void AllowsAnyValueAboveAMinimumWhenThereIsNoMaximum(double value, bool expected)
    {
        var count = new Indicator { Code = "MSME_COUNT", MinValue = 0 };

        Assert.Equal(expected, count.Allows(value));
    }

    [Theory]
    [InlineData(-1e12, true)]
    [InlineData(10, true)]
    [InlineData(10.5, false)]
    public void AllowsAnyValueBelowAMaximumWhenThereIsNoMinimum(double value, bool expected)
    {
        var indicator = new Indicator { Code = "CAPPED", MaxValue = 10 };

        Assert.Equal(expected, indicator.Allows(value));
    }
}
