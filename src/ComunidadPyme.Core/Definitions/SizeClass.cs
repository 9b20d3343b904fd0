namespace ComunidadPyme.Core.Definitions;

public enum SizeClass
{
    Micro = 1,
    Small = 2,
    Medium = 3,
    Large = 4,
}
