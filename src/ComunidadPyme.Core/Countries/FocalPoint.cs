using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Core.Countries;

/// <summary>A person a national authority names as its contact for the network.</summary>
public class FocalPoint : CountryContent
{
    public int? InstitutionId { get; set; }
    public string FullName { get; set; } = string.Empty;
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public FocalPointRole Role { get; set; } = FocalPointRole.Primary;
    public ContactFields PublicFields { get; set; } = ContactFields.Name | ContactFields.Position;

    /// <summary>The date the authority last confirmed these details are current.</summary>
    public DateOnly? LastConfirmedOn { get; set; }

    public Institution? Institution { get; set; }

    public bool Shows(ContactFields field) => PublicFields.HasFlag(field);
}
