using System.Security.Claims;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Authorization;

/// <summary>
/// The resource of every per-record authorization check: the country that owns the record, as read from
/// the database (never from a form field).
/// </summary>
public sealed record CountryScope(int CountryId)
{
    /// <summary>
    /// A question asked to decide what to show (may this reader also edit?), not a request: a "no" is the
    /// ordinary answer for a reviewer and is not logged as a refusal.
    /// </summary>
    public bool IsQuestion { get; init; }
}

/// <summary>What a person asks to do with a country's records: read them in the workspace, or change them.</summary>
public sealed class CountryAccessRequirement : IAuthorizationRequirement
{
    private CountryAccessRequirement(string name) => Name = name;

    /// <summary>Open the country's workspace pages: its focal points, administrators and reviewers.</summary>
    public static readonly CountryAccessRequirement Read = new(nameof(Read));

    /// <summary>Change the country's records: its focal points and administrators, never reviewers.</summary>
    public static readonly CountryAccessRequirement Edit = new(nameof(Edit));

    public string Name { get; }

    public override string ToString() => Name;
}

/// <summary>
/// The one place that decides who may read and who may edit a country's records. Assignments are read from
/// the database on every check, so a country taken away from a focal point stops working at once.
/// </summary>
public sealed class CountryAccessHandler(AppDbContext db, ILogger<CountryAccessHandler> logger)
    : AuthorizationHandler<CountryAccessRequirement, CountryScope>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, CountryAccessRequirement requirement, CountryScope resource)
    {
        if (await AllowsAsync(context.User, requirement, resource))
        {
            context.Succeed(requirement);
            return;
        }

        if (resource.IsQuestion)
        {
            return;
        }

        logger.LogWarning("Refused: {User} may not {Access} data of country {CountryId}",
            context.User.Identity?.Name ?? "anonymous", requirement.Name.ToLowerInvariant(), resource.CountryId);
    }

    private async Task<bool> AllowsAsync(ClaimsPrincipal user, CountryAccessRequirement requirement, CountryScope resource)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return true;
        }

        if (requirement == CountryAccessRequirement.Read && user.IsInRole(Roles.Reviewer))
        {
            return true;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is not null && user.IsInRole(Roles.FocalPoint)
            && await db.CountryAssignments.AnyAsync(a => a.UserId == userId && a.CountryId == resource.CountryId);
    }
}

public static class CountryAccessExtensions
{
    public static async Task<bool> CanEditCountryAsync(this IAuthorizationService authorization, ClaimsPrincipal user, int countryId) =>
        (await authorization.AuthorizeAsync(user, new CountryScope(countryId), CountryAccessRequirement.Edit)).Succeeded;

    /// <summary>Whether the person may edit the country, asked only to decide what to show: a "no" is not logged.</summary>
    public static async Task<bool> MayEditCountryAsync(this IAuthorizationService authorization, ClaimsPrincipal user, int countryId) =>
        (await authorization.AuthorizeAsync(user, new CountryScope(countryId) { IsQuestion = true }, CountryAccessRequirement.Edit)).Succeeded;

    public static async Task<bool> CanReadCountryAsync(this IAuthorizationService authorization, ClaimsPrincipal user, int countryId) =>
        (await authorization.AuthorizeAsync(user, new CountryScope(countryId), CountryAccessRequirement.Read)).Succeeded;
}
