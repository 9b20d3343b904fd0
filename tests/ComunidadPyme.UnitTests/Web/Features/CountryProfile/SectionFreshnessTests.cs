using ComunidadPyme.Web.Features.CountryProfile;

namespace ComunidadPyme.UnitTests.Web.Features.CountryProfile;

public sealed class SectionFreshnessTests
{
    private static readonly DateTime s_march = new(2025, 3, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime s_june = new(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TakesTheLatestChangeOfThePartsRecords()
    {
        var freshness = SectionFreshness.Of([s_march, s_june, s_march], confirmedAtUtc: null);

        Assert.Equal(new SectionFreshness(s_june, IsConfirmation: false), freshness);
    }

    [Fact]
    public void TakesALaterConfirmationOverAnEarlierChange()
    {
        var freshness = SectionFreshness.Of([s_march], confirmedAtUtc: s_june);

        Assert.Equal(new SectionFreshness(s_june, IsConfirmation: true), freshness);
    }

    [Fact]
    public void TakesALaterChangeOverAnEarlierConfirmation()
    {
        var freshness = SectionFreshness.Of([s_june], confirmedAtUtc: s_march);

        Assert.Equal(new SectionFreshness(s_june, IsConfirmation: false), freshness);
    }

    [Fact]
    public void PrefersTheConfirmationWhenBothHappenedAtTheSameTime()
    {
        var freshness = SectionFreshness.Of([s_june], confirmedAtUtc: s_june);

        Assert.True(freshness!.IsConfirmation);
    }

    [Fact]
    public void UsesTheConfirmationOfAPartWithoutRecords()
    {
        var freshness = SectionFreshness.Of([], confirmedAtUtc: s_march);

        Assert.Equal(new SectionFreshness(s_march, IsConfirmation: true), freshness);
    }

    [Fact]
    public void SaysNothingOfAPartWithNeitherRecordsNorConfirmation()
    {
        Assert.Null(SectionFreshness.Of([], confirmedAtUtc: null));
    }
}
