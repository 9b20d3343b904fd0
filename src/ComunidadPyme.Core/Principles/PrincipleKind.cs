namespace ComunidadPyme.Core.Principles;

/// <summary>The 2013 Brasilia text has sixteen principles and five areas of emphasis for follow-up.</summary>
public enum PrincipleKind
{
    Principle = 1,
    AreaOfEmphasis = 2,
}
