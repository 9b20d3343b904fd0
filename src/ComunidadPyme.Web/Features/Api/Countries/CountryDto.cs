using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Api.Common;

namespace ComunidadPyme.Web.Features.Api.Countries;

/// <summary>An OAS member state; <see cref="Name"/> is in the language asked for, <see cref="Names"/> in all four.</summary>
public sealed record CountryDto(
    string Iso2,
    string Iso3,
    string Name,
    LocalizedNamesDto Names,
    SubRegion SubRegion,
    string CurrencyCode,
    IReadOnlyList<string> OfficialLanguages,
    MembershipStatus? MembershipStatus,
    DateOnly? MembershipStatusSince);
