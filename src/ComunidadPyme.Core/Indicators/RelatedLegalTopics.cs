using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Core.Indicators;

/// <summary>
/// The legal topics whose instruments bear on an indicator's theme, for marking the adoption of those laws on the
/// indicator's chart (e.g. a guarantee law on the chart of MSME credit).
/// </summary>
public static class RelatedLegalTopics
{
    public static LegalTopics Of(IndicatorTheme theme) => theme switch
    {
        IndicatorTheme.EnterpriseDemography => LegalTopics.FormalisationAndRegistration,
        IndicatorTheme.Employment => LegalTopics.Labour,
        IndicatorTheme.FinanceAndGuarantees => LegalTopics.FinanceAndGuarantees,
        IndicatorTheme.TradeAndInternationalisation => LegalTopics.InternationalisationAndTrade,
        IndicatorTheme.WomensEntrepreneurship => LegalTopics.WomensEntrepreneurship,
        IndicatorTheme.InnovationAndDigital => LegalTopics.Innovation,
        IndicatorTheme.PublicProcurement => LegalTopics.PublicProcurement,
        IndicatorTheme.Formalisation => LegalTopics.FormalisationAndRegistration | LegalTopics.SimplificationOfProcedures,
        _ => LegalTopics.None,
    };
}
