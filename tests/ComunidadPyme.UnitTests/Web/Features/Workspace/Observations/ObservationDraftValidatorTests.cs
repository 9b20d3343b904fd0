using System.Globalization;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.UnitTests.Support;
using ComunidadPyme.Web.Features.Workspace.Observations;

namespace ComunidadPyme.UnitTests.Web.Features.Workspace.Observations;

public sealed class ObservationDraftValidatorTests
{
    private static readonly IndicatorRules s_share = new(1, "SHARE", "Share of loans", "%", IndicatorTheme.FinanceAndGuarantees,
        1, Periodicity.Annual, 0, 100, true);

    private static readonly ObservationDraftValidator s_validator =
        new(new EnglishKeys<ObservationsResource>(), new FixedClock(new DateTimeOffset(2026, 5, 10, 12, 0, 0, TimeSpan.Zero)));

    private static IReadOnlyList<string> Problems(
        string? period = "2024", string? value = "12.5", string? status = "final", string? source = "Central bank",
        IndicatorRules? indicator = null) =>
        s_validator.Validate(new ObservationDraft(indicator ?? s_share, period, value, status, source, CultureInfo.InvariantCulture))
            .Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToList();

    [Fact]
    public void AcceptsAValueThatMeetsTheCatalogue()
    {
        Assert.Empty(Problems());
        Assert.Empty(Problems(period: "2026", status: "Provisional"));
    }

    [Theory]
    [InlineData("100.5", "Value: Enter a value from 0 to 100 (%).")]
    [InlineData("-1", "Value: Enter a value from 0 to 100 (%).")]
    [InlineData("ten", "Value: Enter a number without thousands separators, e.g. 1234.5.")]
    [InlineData("", "Value: Enter a value, or tick “Delete” to remove it.")]
    public void RefusesValuesOutsideTheRangeOrNotNumbers(string value, string problem)
    {
        Assert.Equal([problem], Problems(value: value));
    }

    [Theory]
    [InlineData("2200", "Period: The year must be from 1950 to 2026.")]
    [InlineData("1949", "Period: The year must be from 1950 to 2026.")]
    [InlineData("2027", "Period: The year must be from 1950 to 2026.")]
    [InlineData("24", "Period: “24” is not a period: write a year (2023), a quarter (2023-Q2) or a month (2023-05).")]
    [InlineData("2024-Q5", "Period: “2024-Q5” is not a period: write a year (2023), a quarter (2023-Q2) or a month (2023-05).")]
    [InlineData("2024-Q2", "Period: This indicator is annual: write the year only, e.g. 2023.")]
    [InlineData("", "Period: Enter the year.")]
    public void RefusesPeriodsOutOfRangeMalformedOrOfTheWrongKind(string period, string problem)
    {
        Assert.Equal([problem], Problems(period: period));
    }

    [Fact]
    public void RefusesAPeriodThatHasNotBegun()
    {
        var quarterly = s_share with { Periodicity = Periodicity.Quarterly };

        Assert.Equal(["Period: 2026-Q3 has not begun yet: values cannot be entered for the future."], Problems(period: "2026-Q3", indicator: quarterly));
        Assert.Empty(Problems(period: "2026-Q2", indicator: quarterly));
    }

    [Fact]
    public void RequiresAKnownStatusAndASource()
    {
        Assert.Equal(["Status: Unknown status “definitive”: use final, provisional, estimated."], Problems(status: "definitive"));
        Assert.Equal(["Status: Choose a status: final, provisional, estimated."], Problems(status: " "));
        Assert.Equal(["Source: Enter the source of this value."], Problems(source: ""));
        Assert.Equal(["Source: The source must not be longer than 1000 characters."], Problems(source: new string('s', 1001)));
    }

    [Fact]
    public void ChecksEverythingElseWhenTheIndicatorIsUnknown()
    {
        var problems = s_validator.Validate(new ObservationDraft(null, "2024", "1e9", "final", "", CultureInfo.InvariantCulture)).Errors;

        Assert.Equal(["Source"], problems.Select(p => p.PropertyName));
    }
}
