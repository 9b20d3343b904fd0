using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceCountries
{
    private static IEnumerable<Country> SouthAmerica()
    {
        const SubRegion south = SubRegion.SouthAmerica;

        yield return Create("AR", "ARG", Name("Argentina", "Argentina", "Argentina", "Argentine"),
            south, "ARS", ["es"], CharterMember());
        yield return Create("BO", "BOL", Name("Bolivia", "Bolivia", "Bolívia", "Bolivie"),
            south, "BOB", ["es", "qu", "ay", "gn"], CharterMember());
        yield return Create("BR", "BRA", Name("Brazil", "Brasil", "Brasil", "Brésil"),
            south, "BRL", ["pt"], CharterMember());
        yield return Create("CL", "CHL", Name("Chile", "Chile", "Chile", "Chili"),
            south, "CLP", ["es"], CharterMember());
        yield return Create("CO", "COL", Name("Colombia", "Colombia", "Colômbia", "Colombie"),
            south, "COP", ["es"], CharterMember());
        yield return Create("EC", "ECU", Name("Ecuador", "Ecuador", "Equador", "Équateur"),
            south, "USD", ["es"], CharterMember());
        yield return Create("GY", "GUY", Name("Guyana", "Guyana", "Guiana", "Guyana"),
            south, "GYD", ["en"], JoinedIn(1991));
        yield return Create("PY", "PRY", Name("Paraguay", "Paraguay", "Paraguai", "Paraguay"),
            south, "PYG", ["es", "gn"], CharterMember());
        yield return Create("PE", "PER", Name("Peru", "Perú", "Peru", "Pérou"),
            south, "PEN", ["es", "qu", "ay"], CharterMember());
        yield return Create("SR", "SUR", Name("Suriname", "Surinam", "Suriname", "Suriname"),
            south, "SRD", ["nl"], JoinedIn(1977));
        yield return Create("UY", "URY", Name("Uruguay", "Uruguay", "Uruguai", "Uruguay"),
            south, "UYU", ["es"], CharterMember());
        yield return Create("VE", "VEN", Name("Venezuela", "Venezuela", "Venezuela", "Venezuela"),
            south, "VES", ["es"], VenezuelaMembership());
    }

    private static List<MembershipPeriod> VenezuelaMembership() =>
    [
        .. CharterMember(),
        Period(MembershipStatus.DenunciationNotified, new DateOnly(2017, 4, 28), DatePrecision.Day,
            "The denunciation was notified on 28 April 2017. In April 2019 the Permanent Council accepted a "
            + "representative appointed by the National Assembly; the OAS continues to list Venezuela among "
            + "its member states."),
        Period(MembershipStatus.Active, new DateOnly(2019, 4, 9), DatePrecision.Day,
            "Status disputed: see the note on the 2017 denunciation."),
    ];
}
