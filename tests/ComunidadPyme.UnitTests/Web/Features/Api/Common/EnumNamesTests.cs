using ComunidadPyme.Core.Legal;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Web.Features.Api.Common;

namespace ComunidadPyme.UnitTests.Web.Features.Api.Common;

public sealed class EnumNamesTests
{
    [Theory]
    [InlineData("Law", LegalInstrumentType.Law)]
    [InlineData(" decree ", LegalInstrumentType.Decree)]
    public void ReadsANameWhateverItsCase(string text, LegalInstrumentType expected)
    {
        Assert.Equal(expected, EnumNames.ValueOrNull<LegalInstrumentType>(text));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("Bogus")]
    [InlineData("Law,Decree")]
    public void RefusesNumbersAndUnknownNames(string text)
    {
        Assert.False(EnumNames.IsAllowed<LegalInstrumentType>(text));
    }

    [Fact]
    public void DoesNotOfferTheEmptyFlagAsAFilter()
    {
        Assert.DoesNotContain("None", EnumNames.Allowed<TargetGroups>());
        Assert.False(EnumNames.IsAllowed<LegalTopics>("None"));
    }

    [Fact]
    public void SplitsAFlagSetIntoItsFlags()
    {
        Assert.Equal([LegalTopics.Taxation, LegalTopics.Labour], EnumNames.Flags(LegalTopics.Labour | LegalTopics.Taxation));
    }
}
