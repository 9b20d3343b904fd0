namespace ComunidadPyme.Core.Principles;

/// <summary>How far a country has come on a principle, as it reports it.</summary>
public enum ProgressLevel
{
    NotStarted = 1,
    Planned = 2,
    InProgress = 3,
    Advanced = 4,
    Achieved = 5,
}
