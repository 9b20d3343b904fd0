using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Core.Legal;

/// <summary>A piece of a country's legal and regulatory framework for MSMEs.</summary>
public class LegalInstrument : CountryContent
{
    public LegalInstrumentType Type { get; set; }

    /// <summary>The official number, e.g. "Lei Complementar 123/2006" or "Decreto 957".</summary>
    public string? OfficialNumber { get; set; }

    /// <summary>The title in its original language, with optional translations.</summary>
    public TranslatableText Title { get; set; } = new();
    public TranslatableText? Summary { get; set; }
    public LegalTopics Topics { get; set; }
    public string? IssuingBody { get; set; }
    public DateOnly? EnactedOn { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public LegalStatus Status { get; set; } = LegalStatus.InForce;
    public string? OfficialUrl { get; set; }

    /// <summary>The uploaded official text, stored outside the web root under this key.</summary>
    public string? DocumentStorageKey { get; set; }
    public string? DocumentFileName { get; set; }
    public long? DocumentSizeBytes { get; set; }

    public List<LegalRelation> Outgoing { get; set; } = [];
    public List<LegalRelation> Incoming { get; set; } = [];
    public List<Principle> Principles { get; set; } = [];

    /// <summary>The year used to filter the library: enactment, else publication.</summary>
    public int? Year => (EnactedOn ?? PublishedOn)?.Year;
}
