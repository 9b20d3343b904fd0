namespace ComunidadPyme.Core.Countries;

/// <summary>One step in a country's OAS membership history: a status in force from a date.</summary>
public class MembershipPeriod
{
    public int Id { get; set; }
    public int CountryId { get; set; }
    public MembershipStatus Status { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DatePrecision Precision { get; set; } = DatePrecision.Day;

    /// <summary>Public explanation, in English, with the instrument or resolution behind the change.</summary>
    public string? Note { get; set; }
}
