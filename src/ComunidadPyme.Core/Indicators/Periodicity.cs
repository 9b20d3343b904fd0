namespace ComunidadPyme.Core.Indicators;

public enum Periodicity
{
    Annual = 1,
    Quarterly = 2,
    Monthly = 3,
    Irregular = 4,
}
