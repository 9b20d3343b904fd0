namespace ComunidadPyme.Core.Countries;

public enum SubRegion
{
    NorthAmerica = 1,
    CentralAmerica = 2,
    Caribbean = 3,
    SouthAmerica = 4,
}
