using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Core.Countries;

/// <summary>An OAS member state. Countries are never deleted: a withdrawal is a status with a date.</summary>
public class Country : IAudited, IVersioned
{
    public int Id { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string Iso2 { get; set; } = string.Empty;

    /// <summary>ISO 3166-1 alpha-3, upper case.</summary>
    public string Iso3 { get; set; } = string.Empty;

    public LocalizedText Name { get; set; } = new();
    public SubRegion SubRegion { get; set; }

    /// <summary>ISO 639-1 codes of the official languages, e.g. ["es"] or ["en", "fr"].</summary>
    public List<string> OfficialLanguages { get; set; } = [];

    /// <summary>ISO 4217 code of the national currency.</summary>
    public string CurrencyCode { get; set; } = string.Empty;

    /// <summary>Short introduction to the country's MSME policy, kept by its focal points.</summary>
    public TranslatableText? PolicyOverview { get; set; }

    public List<MembershipPeriod> Membership { get; set; } = [];
    public List<SectionConfirmation> Confirmations { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The status in force on <paramref name="date"/>, or null before the country joined.</summary>
    public MembershipPeriod? MembershipOn(DateOnly date) =>
        Membership.Where(m => m.EffectiveFrom <= date).MaxBy(m => m.EffectiveFrom);
}
