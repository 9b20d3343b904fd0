using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.UnitTests.Core.Countries;

public sealed class FreshnessTests
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

    [Theory]
    [InlineData(364, false)]
    [InlineData(365, false)]
    [InlineData(366, true)]
    public void SaysASectionIsStaleAfterAYearWithoutChangeOrConfirmation(int daysAgo, bool stale)
    {
        var now = new DateTime(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

        Assert.Equal(stale, new SectionFreshness(now.AddDays(-daysAgo), IsConfirmation: true).IsStale(now));
        Assert.Equal(stale, Freshness.IsStale(DateOnly.FromDateTime(now.AddDays(-daysAgo)), now));
    }

    [Fact]
    public void SaysWhatWasNeverConfirmedIsStale()
    {
        var now = new DateTime(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

        Assert.True(Freshness.IsStale((DateTime?)null, now));
        Assert.True(Freshness.IsStale((DateOnly?)null, now));
    }

    [Theory]
    [InlineData(2024, false)]
    [InlineData(2023, true)]
    public void SaysStatisticsAreOutdatedWhenTheLatestYearLagsMoreThanTwoYears(int latestYear, bool outdated)
    {
        Assert.Equal(outdated, Freshness.AreStatisticsOutdated(latestYear, new DateOnly(2026, 12, 6)));
    }

    [Theory]
    [InlineData("2026-12-05", true)]
    [InlineData("2026-12-06", false)]
    [InlineData(null, false)]
    public void SaysAProgrammeHasEndedTheDayAfterItsEndDate(string? endsOn, bool ended)
    {
        Assert.Equal(ended, Freshness.HasEnded(endsOn is null ? null : DateOnly.Parse(endsOn, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 12, 6)));
    }

    [Theory]
    [InlineData(2026, false)]
    [InlineData(2024, false)]
    [InlineData(2023, true)]
    [InlineData(null, true)]
    public void SaysAnAnnualIndicatorWithNoValueForAnyOfTheLastThreeYearsIsStale(int? latestYear, bool stale)
    {
        Assert.Equal(stale, Freshness.IsIndicatorStale(Periodicity.Annual, latestYear, new DateOnly(2026, 12, 6)));
    }

    [Theory]
    [InlineData("2026-01-01", 2024, false)]
    [InlineData("2026-12-31", 2024, false)]
    [InlineData("2027-01-01", 2024, true)]
    public void JudgesTheIndicatorWindowByCalendarYear(string today, int latestYear, bool stale)
    {
        Assert.Equal(stale, Freshness.IsIndicatorStale(Periodicity.Annual, latestYear,
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(2010, false)]
    [InlineData(null, true)]
    public void SaysAnIrregularIndicatorIsStaleOnlyWithoutAnyValue(int? latestYear, bool stale)
    {
        Assert.Equal(stale, Freshness.IsIndicatorStale(Periodicity.Irregular, latestYear, new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void ScoresCompletenessAsTheShareOfPartsPresentAndCurrent()
    {
        Assert.Equal(0.5, Freshness.Completeness([1, 0, 1, 0]));
        Assert.Equal(0.75, Freshness.Completeness([1, 0.5]));
        Assert.Equal(0, Freshness.Completeness([]));
    }

    [Theory]
    [InlineData(0, 0, 0, FreshnessState.Missing)] // nothing recorded, even if confirmed today
    [InlineData(3, 364, 0, FreshnessState.Current)] // changed or confirmed 364 days ago
    [InlineData(3, 365, 0, FreshnessState.Current)] // exactly a year ago: still current
    [InlineData(3, 366, 0, FreshnessState.Stale)] // a day past the year
    [InlineData(3, 10, 1, FreshnessState.Stale)] // current, but a focal point (or an indicator) is stale on its own
    public void JudgesAPartByItsRecordsItsLatestChangeOrConfirmationAndItsStaleRecords(
        int records, int daysSinceKnownCurrent, int staleRecords, FreshnessState expected)
    {
        var now = s_june;
        var known = new SectionFreshness(now.AddDays(-daysSinceKnownCurrent), IsConfirmation: false);

        Assert.Equal(expected, Freshness.StateOf(records, known, staleRecords, now));
    }

    [Fact]
    public void APartWithRecordsButNoDateIsStale()
    {
        Assert.Equal(FreshnessState.Stale, Freshness.StateOf(2, lastKnownCurrent: null, staleRecords: 0, s_june));
    }
}
