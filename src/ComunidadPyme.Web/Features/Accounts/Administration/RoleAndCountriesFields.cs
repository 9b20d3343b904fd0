namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>The role and country choices shared by the invitation and the edit pages.</summary>
public sealed record RoleAndCountriesFields(string? Role, IReadOnlyCollection<int> CountryIds, IReadOnlyList<CountryOption> Countries);
