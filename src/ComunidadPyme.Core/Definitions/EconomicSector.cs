namespace ComunidadPyme.Core.Definitions;

/// <summary>Sectors that definitions distinguish. Manufacturing includes what some laws call industry.</summary>
public enum EconomicSector
{
    Manufacturing = 1,
    Commerce = 2,
    Services = 3,
    Agriculture = 4,
    Construction = 5,
    Mining = 6,
}
