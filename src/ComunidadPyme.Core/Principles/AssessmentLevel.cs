namespace ComunidadPyme.Core.Principles;

/// <summary>
/// The reviewer's independent assessment of a country on one principle, on the five levels of the OECD SME
/// Policy Index; the country's own view is its report's <see cref="ProgressLevel"/>, on the same 1 to 5 scale.
/// </summary>
public enum AssessmentLevel
{
    NoFramework = 1,
    FrameworkInPreparation = 2,
    FrameworkAdopted = 3,
    ImplementedWithResources = 4,
    ImplementedMonitoredAndEvaluated = 5,
}

public static class AssessmentScale
{
    /// <summary>Two views this many levels apart (or more) are flagged wherever both are shown.</summary>
    public const int FlaggedGap = 2;

    /// <summary>How a level moved since the previous cycle.</summary>
    public static LevelChange Change(int? previous, int? current) => (previous, current) switch
    {
        (_, null) => LevelChange.None,
        (null, _) => LevelChange.New,
        var (p, c) when c > p => LevelChange.Up,
        var (p, c) when c < p => LevelChange.Down,
        _ => LevelChange.Same,
    };
}

/// <summary>A level's change since the previous cycle, shown with it wherever a level is shown for a cycle.</summary>
public enum LevelChange
{
    None = 0,
    New = 1,
    Up = 2,
    Same = 3,
    Down = 4,
}
