using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceCountries
{
    private static IEnumerable<Country> NorthAndCentralAmerica()
    {
        const SubRegion north = SubRegion.NorthAmerica;
        const SubRegion central = SubRegion.CentralAmerica;

        yield return Create("CA", "CAN", Name("Canada", "Canadá", "Canadá", "Canada"),
            north, "CAD", ["en", "fr"], JoinedIn(1990));
        yield return Create("US", "USA", Name("United States", "Estados Unidos", "Estados Unidos", "États-Unis"),
            north, "USD", ["en"], CharterMember());
        yield return Create("MX", "MEX", Name("Mexico", "México", "México", "Mexique"),
            north, "MXN", ["es"], CharterMember());

        yield return Create("BZ", "BLZ", Name("Belize", "Belice", "Belize", "Belize"),
            central, "BZD", ["en"], JoinedIn(1991));
        yield return Create("CR", "CRI", Name("Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica"),
            central, "CRC", ["es"], CharterMember());
        yield return Create("SV", "SLV", Name("El Salvador", "El Salvador", "El Salvador", "El Salvador"),
            central, "USD", ["es"], CharterMember());
        yield return Create("GT", "GTM", Name("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
            central, "GTQ", ["es"], CharterMember());
        yield return Create("HN", "HND", Name("Honduras", "Honduras", "Honduras", "Honduras"),
            central, "HNL", ["es"], [.. CharterMember(), .. HondurasSuspension()]);
        yield return Create("NI", "NIC", Name("Nicaragua", "Nicaragua", "Nicarágua", "Nicaragua"),
            central, "NIO", ["es"], NicaraguaMembership());
        yield return Create("PA", "PAN", Name("Panama", "Panamá", "Panamá", "Panama"),
            central, "PAB", ["es"], CharterMember());
    }

    /// <summary>The General Assembly's suspension of Honduras and its end (OAS press releases P-219/09 and E-698/11).</summary>
    public static List<MembershipPeriod> HondurasSuspension() =>
    [
        Period(MembershipStatus.Suspended, new DateOnly(2009, 7, 4), DatePrecision.Day,
            "The General Assembly, at its 37th special session, suspended Honduras's right to participate in the OAS "
            + "under article 21 of the Inter-American Democratic Charter, with immediate effect."),
        Period(MembershipStatus.Active, new DateOnly(2011, 6, 1), DatePrecision.Day,
            "The General Assembly, at its 41st special session, lifted the suspension with immediate effect."),
    ];

    private static List<MembershipPeriod> NicaraguaMembership() =>
    [
        .. CharterMember(),
        Period(MembershipStatus.DenunciationNotified, new DateOnly(2021, 11, 19), DatePrecision.Day,
            "Nicaragua notified its denunciation of the OAS Charter on 19 November 2021."),
        Period(MembershipStatus.Withdrawn, new DateOnly(2023, 11, 19), DatePrecision.Day,
            "The denunciation notified on 19 November 2021 took effect two years after notice."),
    ];
}
