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

/// <summary>Where the profile sends visitors for what it lacks: the first body of a kind with a safe web address.</summary>
public static class InstitutionItems
{
    public static InstitutionItem? FirstWithAddress(this IEnumerable<InstitutionItem> institutions, InstitutionKind kind) =>
        institutions.FirstOrDefault(i => i.Kind == kind && WebAddress.IsSafe(i.WebsiteUrl));
}
