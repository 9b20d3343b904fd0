using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>A national authority or other public body as the profile lists it.</summary>
public sealed record InstitutionItem(
    TranslatableText Name,
    string? Acronym,
    InstitutionKind Kind,
    string? WebsiteUrl,
    TranslatableText? Mandate,
    bool IsSample,
    DateTime UpdatedAtUtc,
    string? SourceUrl = null,
    DateOnly? CheckedOn = null);
