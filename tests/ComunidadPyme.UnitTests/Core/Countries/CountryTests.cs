using System.Globalization;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.UnitTests.Core.Countries;

public class CountryTests
{
    [Theory]
    [InlineData("1947-12-31", null)]
    [InlineData("1948-01-01", MembershipStatus.Active)]
    [InlineData("1990-06-15", MembershipStatus.Active)]
    [InlineData("2021-11-18", MembershipStatus.Active)]
    [InlineData("2021-11-19", MembershipStatus.DenunciationNotified)]
    [InlineData("2023-11-18", MembershipStatus.DenunciationNotified)]
    [InlineData("2023-11-19", MembershipStatus.Withdrawn)]
    [InlineData("2026-01-01", MembershipStatus.Withdrawn)]
    public void PicksTheMembershipStatusInForceOnADate(string on, MembershipStatus? expected)
    {
        var membership = Nicaragua().MembershipOn(DateOnly.Parse(on, CultureInfo.InvariantCulture));

        Assert.Equal(expected, membership?.Status);
    }

    [Fact]
    public void ReturnsTheWholePeriodSoItsPrecisionCanBeShown()
    {
        var membership = Nicaragua().MembershipOn(new DateOnly(1960, 1, 1));

        Assert.NotNull(membership);
        Assert.Equal(new DateOnly(1948, 1, 1), membership.EffectiveFrom);
        Assert.Equal(DatePrecision.Year, membership.Precision);
    }

    [Fact]
    public void ReturnsNullForACountryWithoutMembershipHistory()
    {
        var country = new Country { Iso2 = "XX" };

        Assert.Null(country.MembershipOn(new DateOnly(2024, 1, 1)));
    }

    /// <summary>Periods listed out of order, as a form might save them, so the rule cannot rely on order.</summary>
    private static Country Nicaragua() => new()
    {
        Iso2 = "NI",
        Iso3 = "NIC",
        CurrencyCode = "NIO",
        Membership =
        [
            new MembershipPeriod { Status = MembershipStatus.Withdrawn, EffectiveFrom = new DateOnly(2023, 11, 19) },
            new MembershipPeriod
            {
                Status = MembershipStatus.Active, EffectiveFrom = new DateOnly(1948, 1, 1), Precision = DatePrecision.Year,
            },
            new MembershipPeriod
            {
                Status = MembershipStatus.DenunciationNotified, EffectiveFrom = new DateOnly(2021, 11, 19),
            },
        ],
    };
}
