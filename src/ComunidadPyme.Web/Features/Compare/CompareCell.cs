using ComunidadPyme.Core.Indicators;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>A country's figure for one year: the value rounded to the indicator's decimals, and its text.</summary>
public sealed record CompareCell(double Value, string Formatted, ObservationStatus Status, bool IsSample);
