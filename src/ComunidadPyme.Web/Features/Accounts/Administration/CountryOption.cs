namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>A country an administrator can assign to a focal point, named in the administrator's language.</summary>
public sealed record CountryOption(int Id, string Iso2, string Name);
