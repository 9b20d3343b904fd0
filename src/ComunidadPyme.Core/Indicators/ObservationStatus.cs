namespace ComunidadPyme.Core.Indicators;

public enum ObservationStatus
{
    Final = 1,
    Provisional = 2,
    Estimated = 3,
}
