namespace ComunidadPyme.Core.Countries;

/// <summary>How much of a historical date is known, so that a year is never shown as 1 January.</summary>
public enum DatePrecision
{
    Day = 1,
    Year = 2,
}
