namespace ComunidadPyme.Core.Security;

/// <summary>Gives a focal point's account the right to edit one country's data.</summary>
public class CountryAssignment
{
    public string UserId { get; set; } = string.Empty;
    public int CountryId { get; set; }
}
