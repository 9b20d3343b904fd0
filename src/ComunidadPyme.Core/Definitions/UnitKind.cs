namespace ComunidadPyme.Core.Definitions;

/// <summary>Whether a monetary threshold is in a currency or in an indexed local unit (UF, UIT, UVT, minimum wages).</summary>
public enum UnitKind
{
    Currency = 1,
    IndexedUnit = 2,
}
