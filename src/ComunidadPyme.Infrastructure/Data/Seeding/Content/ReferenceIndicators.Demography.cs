using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceIndicators
{
    private static IEnumerable<Indicator> Demography()
    {
        const IndicatorTheme theme = IndicatorTheme.EnterpriseDemography;

        yield return Create("MSME_COUNT", IndicatorKind.Statistic, theme, 0, 0, 50_000_000, StatisticsOffice,
            T("Number of MSMEs", "Número de MIPYME", "Número de MPME", "Nombre de MPME"),
            Enterprises(),
            T("Number of active micro, small and medium enterprises in the country, classified by the national MSME definition.",
                "Número de micro, pequeñas y medianas empresas activas en el país, clasificadas según la definición nacional de MIPYME.",
                "Número de micro, pequenas e médias empresas ativas no país, classificadas segundo a definição nacional de MPME.",
                "Nombre de micro, petites et moyennes entreprises actives dans le pays, classées selon la définition nationale des MPME."),
            T("Count of enterprises active during the year in the business register or economic census, classified by the national definition. State the definition used and, where only formal enterprises are covered, say so in the source note.",
                "Recuento de las empresas activas durante el año en el registro de empresas o el censo económico, clasificadas según la definición nacional. Indique la definición utilizada y, si solo se cubren empresas formales, señálelo en la nota de fuente.",
                "Contagem das empresas ativas durante o ano no cadastro de empresas ou no censo econômico, classificadas segundo a definição nacional. Informe a definição utilizada e, se apenas empresas formais forem cobertas, indique-o na nota de fonte.",
                "Dénombrement des entreprises actives pendant l'année dans le répertoire des entreprises ou le recensement économique, classées selon la définition nationale. Indiquer la définition utilisée et, si seules les entreprises formelles sont couvertes, le préciser dans la note sur la source."));

        yield return Create("MSME_DENSITY", IndicatorKind.Indicator, theme, 1, 0, 500, StatisticsOffice,
            T("MSME density", "Densidad de MIPYME", "Densidade de MPME", "Densité des MPME"),
            T("MSMEs per 1,000 people", "MIPYME por cada 1.000 habitantes", "MPME por 1.000 habitantes", "MPME pour 1 000 habitants"),
            T("Number of MSMEs per 1,000 inhabitants.",
                "Número de MIPYME por cada 1.000 habitantes.",
                "Número de MPME por 1.000 habitantes.",
                "Nombre de MPME pour 1 000 habitants."),
            T("Number of MSMEs divided by the mid-year population, multiplied by 1,000, as in the IFC MSME Economic Indicators.",
                "Número de MIPYME dividido por la población a mitad de año y multiplicado por 1.000, como en los Indicadores Económicos de MIPYME de la IFC.",
                "Número de MPME dividido pela população no meio do ano e multiplicado por 1.000, como nos Indicadores Econômicos de MPME da IFC.",
                "Nombre de MPME divisé par la population en milieu d'année et multiplié par 1 000, comme dans les indicateurs économiques des MPME de la SFI."));

        yield return Create("MSME_MICRO_SHARE", IndicatorKind.Indicator, theme, 1, 0, 100, StatisticsOffice,
            T("Share of micro-enterprises", "Proporción de microempresas", "Participação das microempresas", "Part des microentreprises"),
            PercentOfMsmes(),
            T("Micro-enterprises as a percentage of all MSMEs.",
                "Microempresas como porcentaje del total de MIPYME.",
                "Microempresas como percentual do total de MPME.",
                "Microentreprises en pourcentage de l'ensemble des MPME."),
            T("Number of micro-enterprises divided by the number of MSMEs, times 100, both under the national definition.",
                "Número de microempresas dividido por el número de MIPYME y multiplicado por 100, ambos según la definición nacional.",
                "Número de microempresas dividido pelo número de MPME e multiplicado por 100, ambos segundo a definição nacional.",
                "Nombre de microentreprises divisé par le nombre de MPME et multiplié par 100, selon la définition nationale dans les deux cas."));

        yield return Create("NEW_FIRM_REGISTRATIONS", IndicatorKind.Statistic, theme, 0, 0, 10_000_000,
            "National business registry",
            T("New business registrations", "Nuevos registros de empresas", "Novos registros de empresas", "Nouvelles immatriculations d'entreprises"),
            T("registrations", "registros", "registros", "immatriculations"),
            T("Number of new enterprises registered during the year.",
                "Número de nuevas empresas registradas durante el año.",
                "Número de novas empresas registradas durante o ano.",
                "Nombre de nouvelles entreprises immatriculées pendant l'année."),
            T("New registrations in the national business registry during the calendar year, excluding re-registrations and changes of legal form where the registry can tell them apart.",
                "Nuevas inscripciones en el registro nacional de empresas durante el año calendario, excluidas las reinscripciones y los cambios de forma jurídica cuando el registro permite distinguirlos.",
                "Novas inscrições no registro nacional de empresas durante o ano civil, excluídas as reinscrições e as mudanças de natureza jurídica quando o registro permite distingui-las.",
                "Nouvelles inscriptions au registre national des entreprises pendant l'année civile, hors réinscriptions et changements de forme juridique lorsque le registre permet de les distinguer."));
    }
}
