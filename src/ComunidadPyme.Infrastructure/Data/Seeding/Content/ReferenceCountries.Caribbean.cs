using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceCountries
{
    private static IEnumerable<Country> Caribbean()
    {
        const SubRegion caribbean = SubRegion.Caribbean;
        string[] english = ["en"];

        yield return Create("AG", "ATG", Name("Antigua and Barbuda", "Antigua y Barbuda", "Antígua e Barbuda", "Antigua-et-Barbuda"),
            caribbean, "XCD", english, JoinedIn(1981));
        yield return Create("BS", "BHS", Name("Bahamas", "Bahamas", "Bahamas", "Bahamas"),
            caribbean, "BSD", english, JoinedIn(1982));
        yield return Create("BB", "BRB", Name("Barbados", "Barbados", "Barbados", "Barbade"),
            caribbean, "BBD", english, JoinedIn(1967));
        yield return Create("CU", "CUB", Name("Cuba", "Cuba", "Cuba", "Cuba"),
            caribbean, "CUP", ["es"], CubaMembership());
        yield return Create("DM", "DMA", Name("Dominica", "Dominica", "Dominica", "Dominique"),
            caribbean, "XCD", english, JoinedIn(1979));
        yield return Create("DO", "DOM", Name("Dominican Republic", "República Dominicana", "República Dominicana", "République dominicaine"),
            caribbean, "DOP", ["es"], CharterMember());
        yield return Create("GD", "GRD", Name("Grenada", "Granada", "Granada", "Grenade"),
            caribbean, "XCD", english, JoinedIn(1975));
        yield return Create("HT", "HTI", Name("Haiti", "Haití", "Haiti", "Haïti"),
            caribbean, "HTG", ["fr", "ht"], CharterMember());
        yield return Create("JM", "JAM", Name("Jamaica", "Jamaica", "Jamaica", "Jamaïque"),
            caribbean, "JMD", english, JoinedIn(1969));
        yield return Create("KN", "KNA", Name("Saint Kitts and Nevis", "Saint Kitts y Nevis", "São Cristóvão e Névis", "Saint-Kitts-et-Nevis"),
            caribbean, "XCD", english, JoinedIn(1984));
        yield return Create("LC", "LCA", Name("Saint Lucia", "Santa Lucía", "Santa Lúcia", "Sainte-Lucie"),
            caribbean, "XCD", english, JoinedIn(1979));
        yield return Create("VC", "VCT", Name("Saint Vincent and the Grenadines", "San Vicente y las Granadinas", "São Vicente e Granadinas", "Saint-Vincent-et-les-Grenadines"),
            caribbean, "XCD", english, JoinedIn(1981));
        yield return Create("TT", "TTO", Name("Trinidad and Tobago", "Trinidad y Tobago", "Trinidad e Tobago", "Trinité-et-Tobago"),
            caribbean, "TTD", english, JoinedIn(1967));
    }

    private static List<MembershipPeriod> CubaMembership() =>
    [
        .. CharterMember(),
        Period(MembershipStatus.NotParticipating, new DateOnly(1962, 1, 31), DatePrecision.Day,
            "The Eighth Meeting of Consultation of Ministers of Foreign Affairs (Punta del Este) excluded the "
            + "Government of Cuba from participation. The 1962 resolution was left without effect by "
            + "AG/RES. 2438 (XXXIX-O/09) on 3 June 2009; Cuba has not resumed participation."),
    ];
}
