using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;
using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.UnitTests.Web.Features.CountryProfile;

public sealed class LegalFilterTests
{
    private static LegalInstrumentItem Law(LegalInstrumentType type, LegalTopics topics, LegalStatus status) =>
        new(1, type, null, TranslatableText.In("es", "Ley"), status, 2020, topics, IsSample: false, DateTime.UtcNow);

    [Fact]
    public void ReadsMemberNamesInAnyCase()
    {
        var filter = LegalFilter.Parse("decree", "PUBLICPROCUREMENT", " InForce ");

        Assert.Equal(LegalInstrumentType.Decree, filter.Type);
        Assert.Equal(LegalTopics.PublicProcurement, filter.Topic);
        Assert.Equal(LegalStatus.InForce, filter.Status);
        Assert.Empty(filter.Rejected);
        Assert.True(filter.IsActive);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("Law, Decree")]
    [InlineData("Oops")]
    [InlineData("' OR 1=1 --")]
    public void RejectsWhatIsNotTheNameOfAType(string text)
    {
        var filter = LegalFilter.Parse(text, null, null);

        Assert.Null(filter.Type);
        Assert.Equal(new RejectedFilter("type", text), Assert.Single(filter.Rejected));
        Assert.False(filter.IsActive);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("Taxation,Labour")]
    [InlineData("2")]
    public void RejectsTopicsThatAreNotOneSingleTopic(string text)
    {
        var filter = LegalFilter.Parse(null, text, null);

        Assert.Null(filter.Topic);
        Assert.Single(filter.Rejected);
    }

    [Fact]
    public void ShortensAVeryLongRejectedValue()
    {
        var rejected = Assert.Single(LegalFilter.Parse(null, null, new string('x', 500)).Rejected);

        Assert.Equal(new string('x', RejectedFilter.ShownLength) + "…", rejected.Value);
    }

    [Fact]
    public void IgnoresEmptyValuesSilently()
    {
        var filter = LegalFilter.Parse("", "  ", null);

        Assert.Null(filter.Type);
        Assert.Null(filter.Topic);
        Assert.False(filter.IsActive);
        Assert.Empty(filter.Rejected);
    }

    [Fact]
    public void MatchesAnInstrumentHavingTheTopicAmongOthers()
    {
        var law = Law(LegalInstrumentType.Law, LegalTopics.Taxation | LegalTopics.Labour, LegalStatus.Amended);

        Assert.True(LegalFilter.Parse("law", "labour", "amended").Matches(law));
        Assert.False(LegalFilter.Parse(null, "innovation", null).Matches(law));
        Assert.False(LegalFilter.Parse("decree", null, null).Matches(law));
        Assert.False(LegalFilter.Parse(null, null, "inforce").Matches(law));
    }
}
