namespace ComunidadPyme.Core.Definitions;

/// <summary>
/// What a visitor tells the calculator about an enterprise. Amounts are in the unit of the definition
/// being applied (a currency, or UF, UIT, UVT); a null value means the visitor did not give it.
/// </summary>
public sealed record EnterpriseFacts(
    int? Employees = null,
    decimal? AnnualTurnover = null,
    decimal? Assets = null,
    EconomicSector? Sector = null);
