namespace ComunidadPyme.Core.Legal;

/// <summary>How one instrument acts on another: the source amends, repeals or regulates the target.</summary>
public enum LegalRelationKind
{
    Amends = 1,
    Repeals = 2,
    Regulates = 3,
}
