using System.Security.Claims;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Authorization;

/// <summary>
/// The one place that decides who may edit a country's records. Assignments are read from the database on
/// every check, so a country taken away from a focal point stops working at once.
/// </summary>
public sealed class CountryDataAuthorizationHandler(AppDbContext db, ILogger<CountryDataAuthorizationHandler> logger)
    : AuthorizationHandler<EditCountryDataRequirement, CountryScope>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, EditCountryDataRequirement requirement, CountryScope resource)
    {
        if (context.User.IsInRole(Roles.Administrator))
        {
            context.Succeed(requirement);
            return;
        }

        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && context.User.IsInRole(Roles.FocalPoint)
            && await db.CountryAssignments.AnyAsync(a => a.UserId == userId && a.CountryId == resource.CountryId))
        {
            context.Succeed(requirement);
            return;
        }

        logger.LogWarning("Refused: {User} may not edit data of country {CountryId}",
            context.User.Identity?.Name ?? "anonymous", resource.CountryId);
    }
}
