namespace ComunidadPyme.Core.Legal;

public enum LegalStatus
{
    InForce = 1,
    Amended = 2,
    Repealed = 3,
}
