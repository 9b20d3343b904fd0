namespace ComunidadPyme.Core.Programmes;

public enum ProgrammeType
{
    Finance = 1,
    Guarantees = 2,
    TrainingAndTechnicalAssistance = 3,
    ExportPromotion = 4,
    ProcurementAccess = 5,
    Digital = 6,
}
