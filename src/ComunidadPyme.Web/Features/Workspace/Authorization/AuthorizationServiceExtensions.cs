using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace ComunidadPyme.Web.Features.Workspace.Authorization;

public static class AuthorizationServiceExtensions
{
    /// <summary>Checks <see cref="EditCountryDataRequirement"/> for the country that owns a record.</summary>
    public static async Task<bool> CanEditCountryAsync(this IAuthorizationService authorization, ClaimsPrincipal user, int countryId) =>
        (await authorization.AuthorizeAsync(user, new CountryScope(countryId), EditCountryDataRequirement.Instance)).Succeeded;
}
