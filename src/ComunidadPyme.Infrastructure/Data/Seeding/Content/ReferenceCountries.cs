using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>The 35 OAS member states, with names in the four OAS languages and their membership history.</summary>
public static partial class ReferenceCountries
{
    private static readonly DateOnly s_charterSignedOn = new(1948, 4, 30);

    public static IReadOnlyList<Country> All() =>
        [.. NorthAndCentralAmerica(), .. Caribbean(), .. SouthAmerica()];

    private static Country Create(
        string iso2,
        string iso3,
        LocalizedText name,
        SubRegion subRegion,
        string currencyCode,
        string[] languages,
        List<MembershipPeriod> membership) => new()
        {
            Iso2 = iso2,
            Iso3 = iso3,
            Name = name,
            SubRegion = subRegion,
            CurrencyCode = currencyCode,
            OfficialLanguages = [.. languages],
            Membership = membership,
        };

    private static LocalizedText Name(string en, string es, string pt, string fr) => LocalizedText.Of(en, es, pt, fr);

    /// <summary>One of the 21 states that signed the Charter in Bogotá.</summary>
    private static List<MembershipPeriod> CharterMember() =>
        [Period(MembershipStatus.Active, s_charterSignedOn, DatePrecision.Day)];

    /// <summary>Only the year of joining is recorded, so the date is 1 January with year precision.</summary>
    private static List<MembershipPeriod> JoinedIn(int year) =>
        [Period(MembershipStatus.Active, new DateOnly(year, 1, 1), DatePrecision.Year)];

    private static MembershipPeriod Period(
        MembershipStatus status, DateOnly from, DatePrecision precision, string? note = null) => new()
        {
            Status = status,
            EffectiveFrom = from,
            Precision = precision,
            Note = note,
        };
}
