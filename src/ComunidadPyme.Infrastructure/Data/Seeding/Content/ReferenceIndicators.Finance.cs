using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceIndicators
{
    private static IEnumerable<Indicator> Finance()
    {
        const IndicatorTheme theme = IndicatorTheme.FinanceAndGuarantees;

        yield return Create("SME_LOAN_SHARE", IndicatorKind.Indicator, theme, 1, 0, 100, OecdScoreboard,
            T("SME loans as a share of business loans", "Préstamos a pymes en los préstamos a empresas", "Empréstimos a PME nos empréstimos a empresas", "Prêts aux PME dans les prêts aux entreprises"),
            T("% of business loans", "% de los préstamos a empresas", "% dos empréstimos a empresas", "% des prêts aux entreprises"),
            T("Outstanding loans to SMEs as a percentage of outstanding loans to all businesses.",
                "Saldo de los préstamos a pymes como porcentaje del saldo de los préstamos a todas las empresas.",
                "Saldo dos empréstimos a PME como percentual do saldo dos empréstimos a todas as empresas.",
                "Encours des prêts aux PME en pourcentage de l'encours des prêts à l'ensemble des entreprises."),
            T("Year-end stock of loans to SMEs divided by the stock of loans to all non-financial enterprises, times 100. State whether SME loans are identified by the size of the borrower or by the size of the loan.",
                "Saldo a fin de año de los préstamos a pymes dividido por el saldo de los préstamos a todas las empresas no financieras y multiplicado por 100. Indique si los préstamos a pymes se identifican por el tamaño del prestatario o por el monto del préstamo.",
                "Saldo de fim de ano dos empréstimos a PME dividido pelo saldo dos empréstimos a todas as empresas não financeiras e multiplicado por 100. Indique se os empréstimos a PME são identificados pelo porte do tomador ou pelo valor do empréstimo.",
                "Encours de fin d'année des prêts aux PME divisé par l'encours des prêts à l'ensemble des entreprises non financières et multiplié par 100. Préciser si les prêts aux PME sont identifiés par la taille de l'emprunteur ou par le montant du prêt."));

        yield return Create("SME_INTEREST_SPREAD", IndicatorKind.Indicator, theme, 2, -5, 30, OecdScoreboard,
            T("Interest rate spread, SMEs vs large firms", "Diferencial de tasas, pymes y grandes empresas", "Diferencial de juros, PME e grandes empresas", "Écart de taux, PME et grandes entreprises"),
            T("percentage points", "puntos porcentuales", "pontos percentuais", "points de pourcentage"),
            T("Average interest rate charged on loans to SMEs minus the average rate charged on loans to large enterprises.",
                "Tasa de interés media de los préstamos a pymes menos la tasa media de los préstamos a grandes empresas.",
                "Taxa de juros média dos empréstimos a PME menos a taxa média dos empréstimos a grandes empresas.",
                "Taux d'intérêt moyen des prêts aux PME moins le taux moyen des prêts aux grandes entreprises."),
            T("Difference between the average annual interest rates on new loans to SMEs and on new loans to large enterprises.",
                "Diferencia entre las tasas de interés anuales medias de los nuevos préstamos a pymes y de los nuevos préstamos a grandes empresas.",
                "Diferença entre as taxas de juros anuais médias dos novos empréstimos a PME e dos novos empréstimos a grandes empresas.",
                "Différence entre les taux d'intérêt annuels moyens des nouveaux prêts aux PME et des nouveaux prêts aux grandes entreprises."));

        yield return Create("SME_COLLATERAL", IndicatorKind.Indicator, theme, 1, 0, 100, OecdScoreboard,
            T("SME loans requiring collateral", "Préstamos a pymes con exigencia de garantía", "Empréstimos a PME com exigência de garantia", "Prêts aux PME assortis de sûretés"),
            T("% of SME loans", "% de los préstamos a pymes", "% dos empréstimos a PME", "% des prêts aux PME"),
            T("Percentage of SME loans for which the lender required collateral.",
                "Porcentaje de los préstamos a pymes para los que el prestamista exigió garantías.",
                "Percentual dos empréstimos a PME para os quais o credor exigiu garantias.",
                "Pourcentage des prêts aux PME pour lesquels le prêteur a exigé des sûretés."),
            T("New SME loans secured by collateral divided by all new SME loans, times 100, from bank surveys or the credit registry.",
                "Nuevos préstamos a pymes respaldados por garantías divididos por todos los nuevos préstamos a pymes y multiplicados por 100, según encuestas bancarias o la central de riesgos.",
                "Novos empréstimos a PME lastreados em garantias divididos por todos os novos empréstimos a PME e multiplicados por 100, segundo pesquisas bancárias ou o cadastro de crédito.",
                "Nouveaux prêts aux PME garantis par des sûretés divisés par l'ensemble des nouveaux prêts aux PME et multipliés par 100, d'après les enquêtes bancaires ou la centrale des risques."));

        yield return Create("SME_GUARANTEES_GDP", IndicatorKind.Indicator, theme, 2, 0, 10, OecdScoreboard,
            T("Government loan guarantees for SMEs", "Garantías públicas de préstamos a pymes", "Garantias públicas de empréstimos a PME", "Garanties publiques de prêts aux PME"),
            T("% of GDP", "% del PIB", "% do PIB", "% du PIB"),
            T("Value of SME loan guarantees granted by government or publicly backed schemes, as a percentage of GDP.",
                "Valor de las garantías de préstamos a pymes otorgadas por el gobierno o por sistemas con respaldo público, como porcentaje del PIB.",
                "Valor das garantias de empréstimos a PME concedidas pelo governo ou por sistemas com respaldo público, como percentual do PIB.",
                "Valeur des garanties de prêts aux PME accordées par l'État ou par des dispositifs à soutien public, en pourcentage du PIB."),
            T("Value of guarantees granted during the year by government or publicly backed schemes for loans to SMEs, divided by GDP at current prices, times 100.",
                "Valor de las garantías otorgadas durante el año por el gobierno o por sistemas con respaldo público para préstamos a pymes, dividido por el PIB a precios corrientes y multiplicado por 100.",
                "Valor das garantias concedidas durante o ano pelo governo ou por sistemas com respaldo público para empréstimos a PME, dividido pelo PIB a preços correntes e multiplicado por 100.",
                "Valeur des garanties accordées pendant l'année par l'État ou par des dispositifs à soutien public pour des prêts aux PME, divisée par le PIB à prix courants et multipliée par 100."));

        yield return Create("SME_NPL_RATIO", IndicatorKind.Indicator, theme, 1, 0, 100, OecdScoreboard,
            T("SME non-performing loans", "Cartera vencida de las pymes", "Inadimplência dos empréstimos a PME", "Prêts non performants des PME"),
            T("% of SME loans", "% de los préstamos a pymes", "% dos empréstimos a PME", "% des prêts aux PME"),
            T("Non-performing loans to SMEs as a percentage of all loans to SMEs.",
                "Préstamos a pymes en mora como porcentaje del total de préstamos a pymes.",
                "Empréstimos a PME inadimplentes como percentual do total de empréstimos a PME.",
                "Prêts non performants aux PME en pourcentage de l'ensemble des prêts aux PME."),
            T("Stock of SME loans classified as non-performing (generally 90 days or more past due) divided by the stock of SME loans, times 100.",
                "Saldo de los préstamos a pymes clasificados como improductivos (en general, con 90 días o más de atraso) dividido por el saldo de los préstamos a pymes y multiplicado por 100.",
                "Saldo dos empréstimos a PME classificados como inadimplentes (em geral, com 90 dias ou mais de atraso) dividido pelo saldo dos empréstimos a PME e multiplicado por 100.",
                "Encours des prêts aux PME classés comme non performants (en général, impayés depuis 90 jours ou plus) divisé par l'encours des prêts aux PME et multiplié par 100."));
    }
}
