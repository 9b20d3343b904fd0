using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Web.Infrastructure.Filters;

namespace ComunidadPyme.UnitTests.Web.Infrastructure.Filters;

public sealed class FilterValueTests
{
    [Theory]
    [InlineData("Law", LegalInstrumentType.Law)]
    [InlineData("decree", LegalInstrumentType.Decree)]
    [InlineData(" REGULATION ", LegalInstrumentType.Regulation)]
    public void ReadsAnEnumMemberByNameInAnyCase(string value, LegalInstrumentType expected)
    {
        Assert.True(FilterValue.TryEnum<LegalInstrumentType>(value, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("-1")]
    [InlineData("99")]
    [InlineData("Bogus")]
    [InlineData("Law, Decree")]
    public void RefusesNumbersUnknownNamesAndCombinations(string? value)
    {
        Assert.False(FilterValue.TryEnum<LegalInstrumentType>(value, out _));
    }

    [Fact]
    public void RefusesTheEmptyFlag()
    {
        Assert.False(FilterValue.TryEnum<TargetGroups>("None", out _));
        Assert.True(FilterValue.TryEnum<TargetGroups>("WomenEntrepreneurs", out var target));
        Assert.Equal(TargetGroups.WomenEntrepreneurs, target);
    }

    [Theory]
    [InlineData("2016", true)]
    [InlineData("1799", false)]
    [InlineData("99999", false)]
    [InlineData("abc", false)]
    [InlineData("+2016", false)]
    [InlineData("2016.0", false)]
    [InlineData("99999999999999999999", false)]
    public void ReadsWholeNumbersWithinBounds(string value, bool valid)
    {
        Assert.Equal(valid, FilterValue.TryInt(value, 1800, 2100, out _));
    }

    [Fact]
    public void ShortensALongValueQuotedBack()
    {
        var echo = FilterValue.Echo(new string('x', 5000));

        Assert.Equal(FilterValue.MaxEchoLength + 1, echo.Length);
        Assert.EndsWith("…", echo);
    }
}
