namespace ComunidadPyme.Core.Definitions;

/// <summary>What makes a definition official: a law, an agency's own rule, or a sector's rule.</summary>
public enum DefinitionScope
{
    Law = 1,
    Agency = 2,
    Sector = 3,
}
