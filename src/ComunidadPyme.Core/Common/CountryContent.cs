namespace ComunidadPyme.Core.Common;

/// <summary>
/// Base of every record a country maintains: audited, versioned, stamped, and flagged when it is
/// illustrative sample data rather than an official figure or text.
/// </summary>
public abstract class CountryContent : IAudited, IVersioned, ICountryScoped, ITracksChanges
{
    public int Id { get; set; }
    public int CountryId { get; set; }

    /// <summary>True for illustrative sample data; every page that shows it says so.</summary>
    public bool IsSample { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string? UpdatedBy { get; set; }
}
