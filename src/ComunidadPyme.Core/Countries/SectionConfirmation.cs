namespace ComunidadPyme.Core.Countries;

/// <summary>When a country's national authority last confirmed that a part of its profile is current.</summary>
public class SectionConfirmation
{
    public int Id { get; set; }
    public int CountryId { get; set; }
    public ProfileSection Section { get; set; }
    public DateTime ConfirmedAtUtc { get; set; }
    public string? ConfirmedBy { get; set; }
}
