using ComunidadPyme.Core.Common;

namespace ComunidadPyme.Core.Countries;

/// <summary>A public body that makes or delivers MSME policy: authority, ministry unit, bank, SBDC network.</summary>
public class Institution : CountryContent
{
    public TranslatableText Name { get; set; } = new();
    public string? Acronym { get; set; }
    public InstitutionKind Kind { get; set; }
    public string? WebsiteUrl { get; set; }
    public TranslatableText? Mandate { get; set; }

    /// <summary>Where the portal checked the name and address of reference data (an official page, ideally).</summary>
    public string? SourceUrl { get; set; }

    /// <summary>When the name and address were last checked against <see cref="SourceUrl"/>.</summary>
    public DateOnly? CheckedOn { get; set; }

    public List<FocalPoint> FocalPoints { get; set; } = [];
}
