using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.Compare;

/// <summary>A member state that can be compared, with its name in the visitor's language.</summary>
public sealed record CompareCountry(int Id, string Iso2, string Name, SubRegion SubRegion);
