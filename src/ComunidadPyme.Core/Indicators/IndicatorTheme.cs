namespace ComunidadPyme.Core.Indicators;

public enum IndicatorTheme
{
    EnterpriseDemography = 1,
    Employment = 2,
    FinanceAndGuarantees = 3,
    TradeAndInternationalisation = 4,
    WomensEntrepreneurship = 5,
    InnovationAndDigital = 6,
    PublicProcurement = 7,
    Formalisation = 8,
}
