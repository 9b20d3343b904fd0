namespace ComunidadPyme.Web.Features.Maps;

/// <summary>A country's figure as the map shows it: the number for classing, its text in the visitor's culture.</summary>
public sealed record MapValue(double Value, string Formatted, int Year, bool IsSample);
