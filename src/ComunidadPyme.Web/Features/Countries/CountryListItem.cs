using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.Countries;

/// <summary>A member state as listed in the directory, with its name in the visitor's language.</summary>
public sealed record CountryListItem(
    string Iso2, string Iso3, string Name, SubRegion SubRegion, MembershipStatus? Status, DateOnly? StatusSince);
