namespace ComunidadPyme.Core.Countries;

public enum InstitutionKind
{
    NationalMsmeAuthority = 1,
    MinistryUnit = 2,
    DevelopmentBank = 3,
    SbdcNetwork = 4,
    GuaranteeInstitution = 5,
    ExportPromotionAgency = 6,
    StatisticsOffice = 7,
    Other = 99,
}
