using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>A public body named in the sample content, with its name in the country's language.</summary>
internal sealed record SampleInstitutionSeed(
    InstitutionKind Kind,
    string? Acronym,
    string Name,
    string EnglishName,
    string? FrenchName = null,
    string? WebsiteUrl = null);
