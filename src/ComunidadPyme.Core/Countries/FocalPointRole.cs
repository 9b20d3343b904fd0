namespace ComunidadPyme.Core.Countries;

public enum FocalPointRole
{
    Primary = 1,
    Alternate = 2,
}
