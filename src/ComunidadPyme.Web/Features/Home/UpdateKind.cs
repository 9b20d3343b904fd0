namespace ComunidadPyme.Web.Features.Home;

public enum UpdateKind
{
    Observation = 1,
    LegalInstrument = 2,
    Programme = 3,
}
