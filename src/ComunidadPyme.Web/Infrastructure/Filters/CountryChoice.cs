namespace ComunidadPyme.Web.Infrastructure.Filters;

/// <summary>A member state offered in a filter, with its name in the visitor's language.</summary>
public sealed record CountryChoice(int Id, string Iso2, string Name);
