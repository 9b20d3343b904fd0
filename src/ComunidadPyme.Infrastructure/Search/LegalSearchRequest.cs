using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>A search of the legal library: optional text, optional filters, one page, the visitor's language.</summary>
public sealed record LegalSearchRequest
{
    public string? Text { get; init; }
    public string? CountryIso2 { get; init; }
    public LegalInstrumentType? Type { get; init; }
    public LegalStatus? Status { get; init; }
    public LegalTopics? Topic { get; init; }

    /// <summary>Matches the year of enactment or the year of publication.</summary>
    public int? Year { get; init; }

    /// <summary>The language of the snippets.</summary>
    public string Language { get; init; } = "en";

    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}
