namespace ComunidadPyme.Core.Principles;

public enum ReportingCycleStatus
{
    Planned = 1,
    Open = 2,
    Closed = 3,
}
