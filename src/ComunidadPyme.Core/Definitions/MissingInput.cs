namespace ComunidadPyme.Core.Definitions;

/// <summary>An input a definition needs before it can classify an enterprise, in the order the calculator asks for them.</summary>
public enum MissingInput
{
    Employees = 1,
    AnnualTurnover = 2,
    Assets = 3,
    Sector = 4,
}
