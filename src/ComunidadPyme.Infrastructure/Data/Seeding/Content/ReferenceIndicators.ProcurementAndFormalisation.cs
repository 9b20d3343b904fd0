using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceIndicators
{
    private static IEnumerable<Indicator> ProcurementAndFormalisation()
    {
        yield return Create("MSME_PROCUREMENT_SHARE", IndicatorKind.Indicator, IndicatorTheme.PublicProcurement, 1, 0, 100,
            "National public procurement agency (e-procurement records)",
            T("MSME share of public procurement", "Participación de las MIPYME en las compras públicas", "Participação das MPME nas compras públicas", "Part des MPME dans les marchés publics"),
            T("% of contract value", "% del valor contratado", "% do valor contratado", "% de la valeur des marchés"),
            T("Value of public contracts awarded to MSMEs as a percentage of the total value of public contracts awarded.",
                "Valor de los contratos públicos adjudicados a MIPYME como porcentaje del valor total de los contratos públicos adjudicados.",
                "Valor dos contratos públicos adjudicados a MPME como percentual do valor total dos contratos públicos adjudicados.",
                "Valeur des marchés publics attribués à des MPME en pourcentage de la valeur totale des marchés publics attribués."),
            T("From the e-procurement system: value of contracts awarded during the year to suppliers classified as MSMEs, divided by the value of all contracts awarded, times 100.",
                "Según el sistema de compras públicas electrónicas: valor de los contratos adjudicados durante el año a proveedores clasificados como MIPYME, dividido por el valor de todos los contratos adjudicados y multiplicado por 100.",
                "Segundo o sistema de compras públicas eletrônicas: valor dos contratos adjudicados durante o ano a fornecedores classificados como MPME, dividido pelo valor de todos os contratos adjudicados e multiplicado por 100.",
                "D'après le système de passation électronique des marchés : valeur des marchés attribués pendant l'année à des fournisseurs classés comme MPME, divisée par la valeur de l'ensemble des marchés attribués et multipliée par 100."));

        yield return Create("MSME_INFORMAL_SHARE", IndicatorKind.Indicator, IndicatorTheme.Formalisation, 1, 0, 100,
            "National statistics office (household or mixed enterprise surveys)",
            T("Informal MSMEs", "MIPYME informales", "MPME informais", "MPME informelles"),
            PercentOfMsmes(),
            T("Estimated percentage of MSMEs that are not registered with the business or tax authorities.",
                "Porcentaje estimado de MIPYME que no están inscritas ante las autoridades de registro empresarial o tributarias.",
                "Percentual estimado de MPME que não estão inscritas nos órgãos de registro empresarial ou tributário.",
                "Pourcentage estimé de MPME qui ne sont pas immatriculées auprès des autorités d'enregistrement des entreprises ou des autorités fiscales."),
            T("Estimated from household, labour force or mixed enterprise surveys by comparing the enterprises found in the survey with those in the business or tax register. State the survey and the criterion of informality in the source note.",
                "Se estima a partir de encuestas de hogares, de fuerza de trabajo o mixtas de empresas, comparando las empresas halladas en la encuesta con las inscritas en el registro empresarial o tributario. Indique la encuesta y el criterio de informalidad en la nota de fuente.",
                "Estimado a partir de pesquisas domiciliares, da força de trabalho ou mistas de empresas, comparando as empresas encontradas na pesquisa com as inscritas no cadastro empresarial ou tributário. Indique a pesquisa e o critério de informalidade na nota de fonte.",
                "Estimé à partir d'enquêtes auprès des ménages, sur la population active ou mixtes auprès des entreprises, en comparant les entreprises recensées par l'enquête à celles inscrites au registre des entreprises ou au fichier fiscal. Préciser l'enquête et le critère d'informalité dans la note sur la source."));

        yield return Create("DAYS_TO_REGISTER", IndicatorKind.Indicator, IndicatorTheme.Formalisation, 1, 0, 365,
            "National business registry or MSME authority",
            T("Time to register a business", "Tiempo para registrar una empresa", "Tempo para registrar uma empresa", "Délai d'immatriculation d'une entreprise"),
            T("days", "días", "dias", "jours"),
            T("Average number of calendar days needed to complete the procedures to register a small enterprise and start operating.",
                "Número medio de días naturales necesarios para completar los trámites de registro de una pequeña empresa e iniciar operaciones.",
                "Número médio de dias corridos necessários para concluir os procedimentos de registro de uma pequena empresa e iniciar suas operações.",
                "Nombre moyen de jours calendaires nécessaires pour accomplir les formalités d'immatriculation d'une petite entreprise et commencer son activité."),
            T("Average elapsed calendar days from the first filing to the last approval required to start operations, measured from registry records or from a standard case followed through every procedure.",
                "Promedio de días naturales transcurridos entre la primera solicitud y la última aprobación necesaria para iniciar operaciones, medido con los registros administrativos o con un caso tipo seguido a lo largo de todos los trámites.",
                "Média de dias corridos entre o primeiro pedido e a última aprovação necessária para iniciar as operações, medida com os registros administrativos ou com um caso padrão acompanhado em todos os procedimentos.",
                "Moyenne des jours calendaires écoulés entre la première demande et la dernière autorisation nécessaire pour commencer l'activité, mesurée à partir des registres administratifs ou d'un cas type suivi tout au long des formalités."));
    }
}
