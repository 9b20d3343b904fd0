using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Builds a sample country's institutions, leaving out those the reference data already holds, with obviously
/// fictitious focal points on the country's reference MSME authority, or else on its first sample institution.
/// </summary>
internal static class SampleInstitutions
{
    public static List<Institution> For(Country country, SampleCountryProfile profile, IReadOnlyList<Institution> reference)
    {
        var institutions = SampleInstitutionCatalogue.For(country.Iso2)
            .Where(seed => !reference.Any(r => (seed.Acronym is not null && r.Acronym == seed.Acronym) || r.Name.Original == seed.Name))
            .Select(seed => Create(country, profile.Language, seed))
            .ToList();
        var host = reference.FirstOrDefault(r => r.Kind == InstitutionKind.NationalMsmeAuthority) ?? institutions.FirstOrDefault();
        host?.FocalPoints.AddRange(FocalPoints(country, profile.Language));
        return institutions;
    }

    private static Institution Create(Country country, string language, SampleInstitutionSeed seed) => new()
    {
        CountryId = country.Id,
        IsSample = true,
        Kind = seed.Kind,
        Acronym = seed.Acronym,
        WebsiteUrl = seed.WebsiteUrl,
        Name = new TranslatableText
        {
            Language = language,
            Original = seed.Name,
            En = language == Languages.English ? null : seed.EnglishName,
            Fr = language == Languages.French ? null : seed.FrenchName,
        },
        Mandate = SampleText.In(language, Mandate(seed.Kind)),
    };

    /// <summary>Two obviously fictitious people, named and described in the country's language, as its focal points would write.</summary>
    private static IEnumerable<FocalPoint> FocalPoints(Country country, string language)
    {
        var code = country.Iso2.ToLowerInvariant();
        var countryName = country.Name.In(language);
        string Text(string en, string es, string pt, string fr) => SampleText.T(en, es, pt, fr).In(language);
        yield return new FocalPoint
        {
            CountryId = country.Id,
            IsSample = true,
            FullName = Text($"Sample focal point ({countryName})", $"Punto focal de muestra ({countryName})",
                $"Ponto focal de exemplo ({countryName})", $"Point focal d’exemple ({countryName})"),
            Position = Text("Sample position: MSME policy coordinator", "Cargo de muestra: coordinación de la política de MIPYME",
                "Cargo de exemplo: coordenação da política para MPE", "Poste d’exemple : coordination de la politique des MPME"),
            Email = $"focal.point.{code}@example.org",
            Role = FocalPointRole.Primary,
            PublicFields = ContactFields.Name | ContactFields.Position | ContactFields.Email,
            LastConfirmedOn = new DateOnly(2025, 3, 1),
        };
        yield return new FocalPoint
        {
            CountryId = country.Id,
            IsSample = true,
            FullName = Text($"Sample alternate focal point ({countryName})", $"Punto focal suplente de muestra ({countryName})",
                $"Ponto focal suplente de exemplo ({countryName})", $"Point focal suppléant d’exemple ({countryName})"),
            Position = Text("Sample position: MSME statistics analyst", "Cargo de muestra: análisis de estadísticas de MIPYME",
                "Cargo de exemplo: análise de estatísticas de MPE", "Poste d’exemple : analyse des statistiques des MPME"),
            Email = $"alternate.{code}@example.org",
            Role = FocalPointRole.Alternate,
            PublicFields = ContactFields.Name | ContactFields.Position,
            LastConfirmedOn = new DateOnly(2025, 3, 1),
        };
    }

    private static LocalizedText Mandate(InstitutionKind kind) => kind switch
    {
        InstitutionKind.DevelopmentBank => SampleText.T(
            "Provides credit and other financial services to enterprises, including MSMEs, directly or through other financial institutions.",
            "Ofrece crédito y otros servicios financieros a las empresas, incluidas las MIPYME, directamente o a través de otras instituciones financieras.",
            "Oferece crédito e outros serviços financeiros às empresas, inclusive às MPME, diretamente ou por meio de outras instituições financeiras.",
            "Fournit du crédit et d'autres services financiers aux entreprises, y compris aux MPME, directement ou par l'intermédiaire d'autres établissements financiers."),
        InstitutionKind.SbdcNetwork => SampleText.T(
            "Offers training, advice and technical assistance to MSMEs and entrepreneurs through a network of service centres.",
            "Ofrece capacitación, asesoría y asistencia técnica a las MIPYME y a los emprendedores mediante una red de centros de atención.",
            "Oferece capacitação, consultoria e assistência técnica às MPME e aos empreendedores por meio de uma rede de centros de atendimento.",
            "Offre formation, conseil et assistance technique aux MPME et aux entrepreneurs au moyen d'un réseau de centres de services."),
        InstitutionKind.GuaranteeInstitution => SampleText.T(
            "Grants guarantees that help MSMEs obtain credit from financial institutions.",
            "Otorga garantías que facilitan a las MIPYME la obtención de crédito de las instituciones financieras.",
            "Concede garantias que ajudam as MPME a obter crédito junto às instituições financeiras.",
            "Accorde des garanties qui aident les MPME à obtenir du crédit auprès des établissements financiers."),
        InstitutionKind.ExportPromotionAgency => SampleText.T(
            "Promotes exports and helps enterprises, including MSMEs, reach international markets.",
            "Promueve las exportaciones y ayuda a las empresas, incluidas las MIPYME, a llegar a los mercados internacionales.",
            "Promove as exportações e ajuda as empresas, inclusive as MPME, a alcançar os mercados internacionais.",
            "Promeut les exportations et aide les entreprises, y compris les MPME, à accéder aux marchés internationaux."),
        InstitutionKind.StatisticsOffice => SampleText.T(
            "Produces official statistics, including data on enterprises.",
            "Produce estadísticas oficiales, incluidos datos sobre las empresas.",
            "Produz estatísticas oficiais, inclusive dados sobre as empresas.",
            "Produit des statistiques officielles, y compris des données sur les entreprises."),
        _ => SampleText.T(
            "Designs and coordinates public policy for micro, small and medium enterprises.",
            "Diseña y coordina la política pública para las micro, pequeñas y medianas empresas.",
            "Formula e coordena a política pública para as micro, pequenas e médias empresas.",
            "Conçoit et coordonne la politique publique en faveur des micro, petites et moyennes entreprises."),
    };
}
