namespace ComunidadPyme.Core.Legal;

public enum LegalInstrumentType
{
    ConstitutionalProvision = 1,
    Law = 2,
    Decree = 3,
    Regulation = 4,
    Resolution = 5,
    Policy = 6,
    Strategy = 7,
    Plan = 8,
}
