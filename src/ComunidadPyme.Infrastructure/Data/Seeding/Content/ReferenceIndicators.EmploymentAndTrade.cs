using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceIndicators
{
    private static IEnumerable<Indicator> Employment()
    {
        const IndicatorTheme theme = IndicatorTheme.Employment;

        yield return Create("MSME_EMPLOYMENT", IndicatorKind.Statistic, theme, 0, 0, 200_000_000, StatisticsOffice,
            T("Employment in MSMEs", "Empleo en las MIPYME", "Emprego nas MPME", "Emploi dans les MPME"),
            T("persons employed", "personas ocupadas", "pessoas ocupadas", "personnes occupées"),
            T("Number of persons employed in MSMEs, including working owners where the source counts them.",
                "Número de personas ocupadas en las MIPYME, incluidos los propietarios que trabajan en ellas cuando la fuente los cuenta.",
                "Número de pessoas ocupadas nas MPME, incluídos os proprietários que nelas trabalham quando a fonte os contabiliza.",
                "Nombre de personnes occupées dans les MPME, y compris les propriétaires qui y travaillent lorsque la source les compte."),
            T("Average or year-end number of persons employed in MSMEs, from the business register, the economic census or the labour force survey; state which in the source note.",
                "Número medio o a fin de año de personas ocupadas en las MIPYME, según el registro de empresas, el censo económico o la encuesta de fuerza de trabajo; indique cuál en la nota de fuente.",
                "Número médio ou de fim de ano de pessoas ocupadas nas MPME, segundo o cadastro de empresas, o censo econômico ou a pesquisa da força de trabalho; indique qual na nota de fonte.",
                "Nombre moyen ou de fin d'année de personnes occupées dans les MPME, d'après le répertoire des entreprises, le recensement économique ou l'enquête sur la population active ; préciser laquelle dans la note sur la source."));

        yield return Create("MSME_EMPLOYMENT_SHARE", IndicatorKind.Indicator, theme, 1, 0, 100, StatisticsOffice,
            T("MSME share of employment", "Participación de las MIPYME en el empleo", "Participação das MPME no emprego", "Part des MPME dans l'emploi"),
            T("% of total employment", "% del empleo total", "% do emprego total", "% de l'emploi total"),
            T("Persons employed in MSMEs as a percentage of total employment.",
                "Personas ocupadas en las MIPYME como porcentaje del empleo total.",
                "Pessoas ocupadas nas MPME como percentual do emprego total.",
                "Personnes occupées dans les MPME en pourcentage de l'emploi total."),
            T("Employment in MSMEs divided by total employment covered by the same source, times 100. State the coverage (for example, the non-financial business economy) in the source note.",
                "Empleo en las MIPYME dividido por el empleo total cubierto por la misma fuente y multiplicado por 100. Indique la cobertura (por ejemplo, la economía empresarial no financiera) en la nota de fuente.",
                "Emprego nas MPME dividido pelo emprego total coberto pela mesma fonte e multiplicado por 100. Indique a cobertura (por exemplo, a economia empresarial não financeira) na nota de fonte.",
                "Emploi dans les MPME divisé par l'emploi total couvert par la même source et multiplié par 100. Préciser le champ couvert (par exemple, l'économie marchande non financière) dans la note sur la source."));

        yield return Create("MSME_GDP_SHARE", IndicatorKind.Indicator, theme, 1, 0, 100, StatisticsOffice,
            T("MSME share of GDP", "Participación de las MIPYME en el PIB", "Participação das MPME no PIB", "Part des MPME dans le PIB"),
            T("% of GDP", "% del PIB", "% do PIB", "% du PIB"),
            T("Value added by MSMEs as a percentage of gross domestic product.",
                "Valor agregado por las MIPYME como porcentaje del producto interno bruto.",
                "Valor adicionado pelas MPME como percentual do produto interno bruto.",
                "Valeur ajoutée des MPME en pourcentage du produit intérieur brut."),
            T("Gross value added of MSMEs, from the economic census or structural business statistics, divided by GDP at current prices, times 100.",
                "Valor agregado bruto de las MIPYME, según el censo económico o las estadísticas estructurales de empresas, dividido por el PIB a precios corrientes y multiplicado por 100.",
                "Valor adicionado bruto das MPME, segundo o censo econômico ou as estatísticas estruturais de empresas, dividido pelo PIB a preços correntes e multiplicado por 100.",
                "Valeur ajoutée brute des MPME, d'après le recensement économique ou les statistiques structurelles d'entreprises, divisée par le PIB à prix courants et multipliée par 100."));
    }

    private static IEnumerable<Indicator> Trade()
    {
        const IndicatorTheme theme = IndicatorTheme.TradeAndInternationalisation;
        const string source =
            "Customs records linked to the business register; modelled on the OECD Trade by Enterprise Characteristics database";

        yield return Create("MSME_EXPORT_SHARE", IndicatorKind.Indicator, theme, 1, 0, 100, source,
            T("MSME share of exports", "Participación de las MIPYME en las exportaciones", "Participação das MPME nas exportações", "Part des MPME dans les exportations"),
            T("% of exports", "% de las exportaciones", "% das exportações", "% des exportations"),
            T("Value of goods exported by MSMEs as a percentage of the total value of goods exports.",
                "Valor de los bienes exportados por las MIPYME como porcentaje del valor total de las exportaciones de bienes.",
                "Valor dos bens exportados pelas MPME como percentual do valor total das exportações de bens.",
                "Valeur des biens exportés par les MPME en pourcentage de la valeur totale des exportations de biens."),
            T("Customs export records are linked to the business register through the tax identifier so that each exporter is classified by size; MSME exports are divided by total exports and multiplied by 100.",
                "Los registros aduaneros de exportación se vinculan con el registro de empresas mediante el identificador tributario para clasificar a cada exportador por tamaño; las exportaciones de las MIPYME se dividen por el total y se multiplican por 100.",
                "Os registros aduaneiros de exportação são vinculados ao cadastro de empresas pelo identificador fiscal para classificar cada exportador por porte; as exportações das MPME são divididas pelo total e multiplicadas por 100.",
                "Les déclarations d'exportation en douane sont rapprochées du répertoire des entreprises grâce à l'identifiant fiscal afin de classer chaque exportateur par taille ; les exportations des MPME sont divisées par le total et multipliées par 100."));

        yield return Create("MSME_EXPORTERS", IndicatorKind.Statistic, theme, 0, 0, 1_000_000, source,
            T("Exporting MSMEs", "MIPYME exportadoras", "MPME exportadoras", "MPME exportatrices"),
            Enterprises(),
            T("Number of MSMEs that exported goods during the year.",
                "Número de MIPYME que exportaron bienes durante el año.",
                "Número de MPME que exportaram bens durante o ano.",
                "Nombre de MPME ayant exporté des biens pendant l'année."),
            T("Count of distinct exporters in customs records that are classified as MSMEs under the national definition after linking to the business register.",
                "Recuento de los exportadores distintos en los registros aduaneros que se clasifican como MIPYME según la definición nacional tras vincularlos con el registro de empresas.",
                "Contagem dos exportadores distintos nos registros aduaneiros classificados como MPME segundo a definição nacional após a vinculação ao cadastro de empresas.",
                "Dénombrement des exportateurs distincts figurant dans les déclarations en douane qui sont classés comme MPME selon la définition nationale après rapprochement avec le répertoire des entreprises."));
    }
}
