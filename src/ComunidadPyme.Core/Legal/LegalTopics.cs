namespace ComunidadPyme.Core.Legal;

[Flags]
public enum LegalTopics
{
    None = 0,
    FormalisationAndRegistration = 1,
    Taxation = 2,
    FinanceAndGuarantees = 4,
    PublicProcurement = 8,
    InternationalisationAndTrade = 16,
    Labour = 32,
    Innovation = 64,
    WomensEntrepreneurship = 128,
    SimplificationOfProcedures = 256,
}
