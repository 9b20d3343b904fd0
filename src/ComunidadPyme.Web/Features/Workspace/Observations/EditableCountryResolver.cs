using System.Security.Claims;
using ComunidadPyme.Web.Features.Workspace.Authorization;
using ComunidadPyme.Web.Features.Workspace.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ComunidadPyme.Web.Features.Workspace.Observations;

/// <summary>
/// The check every observation action starts with: the country named in the address must exist (else 404)
/// and the user must be allowed to edit it (else 403). The country comes from the database, never a form.
/// </summary>
public sealed class EditableCountryResolver(WorkspaceCountryDirectory countries, IAuthorizationService authorization)
{
    public async Task<(WorkspaceCountry? Country, IActionResult? Refusal)> ResolveAsync(
        ClaimsPrincipal user, string iso2, CancellationToken cancellationToken)
    {
        var country = await countries.FindAsync(iso2, cancellationToken);
        if (country is null)
        {
            return (null, new NotFoundResult());
        }

        return await authorization.CanEditCountryAsync(user, country.Id)
            ? (country, null)
            : (null, new StatusCodeResult(StatusCodes.Status403Forbidden));
    }
}
