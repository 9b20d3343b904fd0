using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceIndicators
{
    private static IEnumerable<Indicator> WomenAndInnovation()
    {
        yield return Create("WOMEN_OWNED_SHARE", IndicatorKind.Indicator, IndicatorTheme.WomensEntrepreneurship, 1, 0, 100,
            "National enterprise survey or business registry",
            T("Women-owned MSMEs", "MIPYME de propiedad de mujeres", "MPME de propriedade de mulheres", "MPME détenues par des femmes"),
            PercentOfMsmes(),
            T("Percentage of MSMEs owned by women.",
                "Porcentaje de MIPYME de propiedad de mujeres.",
                "Percentual de MPME de propriedade de mulheres.",
                "Pourcentage de MPME détenues par des femmes."),
            T("MSMEs in which women hold a majority (at least 51%) of the ownership, divided by all MSMEs, times 100. Where the source records only the owner or legal representative, say so in the source note.",
                "MIPYME en las que las mujeres tienen la mayoría (al menos el 51%) de la propiedad, divididas por el total de MIPYME y multiplicadas por 100. Si la fuente solo registra al propietario o al representante legal, indíquelo en la nota de fuente.",
                "MPME nas quais as mulheres detêm a maioria (pelo menos 51%) da propriedade, divididas pelo total de MPME e multiplicadas por 100. Se a fonte registra apenas o proprietário ou o representante legal, indique-o na nota de fonte.",
                "MPME dont des femmes détiennent la majorité (au moins 51 %) du capital, divisées par l'ensemble des MPME et multipliées par 100. Si la source n'enregistre que le propriétaire ou le représentant légal, le préciser dans la note sur la source."));

        yield return Create("WOMEN_ENTREPRENEURS_FINANCE", IndicatorKind.Indicator, IndicatorTheme.WomensEntrepreneurship, 1, 0, 100,
            "National enterprise survey or credit registry",
            T("Women-owned MSMEs with a loan or credit line", "MIPYME de mujeres con préstamo o línea de crédito", "MPME de mulheres com empréstimo ou linha de crédito", "MPME de femmes ayant un prêt ou un crédit"),
            T("% of women-owned MSMEs", "% de las MIPYME de mujeres", "% das MPME de mulheres", "% des MPME de femmes"),
            T("Percentage of women-owned MSMEs that have a loan or line of credit from a financial institution.",
                "Porcentaje de las MIPYME de propiedad de mujeres que tienen un préstamo o una línea de crédito de una institución financiera.",
                "Percentual das MPME de propriedade de mulheres que têm empréstimo ou linha de crédito de uma instituição financeira.",
                "Pourcentage des MPME détenues par des femmes qui ont un prêt ou une ligne de crédit auprès d'un établissement financier."),
            T("Women-owned MSMEs with an outstanding loan or line of credit from a regulated financial institution, divided by all women-owned MSMEs, times 100, from an enterprise survey or a credit registry linked to ownership data.",
                "MIPYME de propiedad de mujeres con un préstamo o una línea de crédito vigente de una institución financiera regulada, divididas por el total de MIPYME de mujeres y multiplicadas por 100, según una encuesta de empresas o una central de riesgos vinculada con datos de propiedad.",
                "MPME de propriedade de mulheres com empréstimo ou linha de crédito vigente de uma instituição financeira regulada, divididas pelo total de MPME de mulheres e multiplicadas por 100, segundo uma pesquisa de empresas ou um cadastro de crédito vinculado a dados de propriedade.",
                "MPME détenues par des femmes ayant un prêt ou une ligne de crédit en cours auprès d'un établissement financier réglementé, divisées par l'ensemble des MPME de femmes et multipliées par 100, d'après une enquête auprès des entreprises ou une centrale des risques rapprochée des données sur la propriété."));

        yield return Create("MSME_INNOVATION_SHARE", IndicatorKind.Indicator, IndicatorTheme.InnovationAndDigital, 1, 0, 100,
            "National innovation survey (Oslo Manual definitions)",
            T("Innovative MSMEs", "MIPYME innovadoras", "MPME inovadoras", "MPME innovantes"),
            PercentOfMsmes(),
            T("Percentage of MSMEs that introduced a new or improved product or business process.",
                "Porcentaje de MIPYME que introdujeron un producto o un proceso de negocio nuevo o mejorado.",
                "Percentual de MPME que introduziram um produto ou processo de negócio novo ou aprimorado.",
                "Pourcentage de MPME ayant introduit un produit ou un processus d'affaires nouveau ou amélioré."),
            T("Share of MSMEs in the national innovation survey that introduced at least one product or business-process innovation during the survey's reference period, following the Oslo Manual definitions.",
                "Proporción de MIPYME de la encuesta nacional de innovación que introdujeron al menos una innovación de producto o de proceso de negocio en el período de referencia de la encuesta, según las definiciones del Manual de Oslo.",
                "Proporção de MPME da pesquisa nacional de inovação que introduziram pelo menos uma inovação de produto ou de processo de negócio no período de referência da pesquisa, segundo as definições do Manual de Oslo.",
                "Part des MPME de l'enquête nationale sur l'innovation ayant introduit au moins une innovation de produit ou de processus d'affaires pendant la période de référence de l'enquête, selon les définitions du Manuel d'Oslo."));

        yield return Create("MSME_ONLINE_SALES_SHARE", IndicatorKind.Indicator, IndicatorTheme.InnovationAndDigital, 1, 0, 100,
            "National survey of ICT use in enterprises",
            T("MSMEs selling online", "MIPYME que venden en línea", "MPME que vendem on-line", "MPME vendant en ligne"),
            PercentOfMsmes(),
            T("Percentage of MSMEs that received orders or made sales over the internet (own website, platforms or apps).",
                "Porcentaje de MIPYME que recibieron pedidos o realizaron ventas por internet (sitio web propio, plataformas o aplicaciones).",
                "Percentual de MPME que receberam pedidos ou realizaram vendas pela internet (site próprio, plataformas ou aplicativos).",
                "Pourcentage de MPME ayant reçu des commandes ou réalisé des ventes par internet (site web propre, plateformes ou applications)."),
            T("MSMEs that made electronic sales during the year divided by all MSMEs, times 100, from the weighted results of the survey of ICT use in enterprises.",
                "MIPYME que realizaron ventas electrónicas durante el año divididas por el total de MIPYME y multiplicadas por 100, según los resultados ponderados de la encuesta sobre uso de TIC en las empresas.",
                "MPME que realizaram vendas eletrônicas durante o ano divididas pelo total de MPME e multiplicadas por 100, segundo os resultados ponderados da pesquisa sobre uso de TIC nas empresas.",
                "MPME ayant réalisé des ventes électroniques pendant l'année divisées par l'ensemble des MPME et multipliées par 100, d'après les résultats pondérés de l'enquête sur l'utilisation des TIC dans les entreprises."));
    }
}
