namespace ComunidadPyme.Core.Countries;

/// <summary>Which of a focal point's contact fields the public may see.</summary>
[Flags]
public enum ContactFields
{
    None = 0,
    Name = 1,
    Position = 2,
    Email = 4,
    Phone = 8,
    All = Name | Position | Email | Phone,
}
