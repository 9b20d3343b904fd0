using System.Security.Claims;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Workspace.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>Finds the countries of the workspace, and which of them a person may open or edit.</summary>
public sealed class WorkspaceCountryDirectory(AppDbContext db, IAuthorizationService authorization)
{
    public async Task<WorkspaceCountry?> FindAsync(string? iso2, CancellationToken cancellationToken)
    {
        if (iso2 is not { Length: 2 })
        {
            return null;
        }

        var code = iso2.ToUpperInvariant();
        return await FirstAsync(db.Countries.Where(c => c.Iso2 == code), cancellationToken);
    }

    public Task<WorkspaceCountry?> FindAsync(int id, CancellationToken cancellationToken) =>
        FirstAsync(db.Countries.Where(c => c.Id == id), cancellationToken);

    private static async Task<WorkspaceCountry?> FirstAsync(IQueryable<Core.Countries.Country> query, CancellationToken cancellationToken)
    {
        var country = await query.AsNoTracking()
            .Select(c => new { c.Id, c.Iso2, c.Name, c.OfficialLanguages })
            .FirstOrDefaultAsync(cancellationToken);
        return country is null ? null : new WorkspaceCountry(country.Id, country.Iso2, country.Name, country.OfficialLanguages);
    }

    /// <summary>
    /// Every country whose workspace the person may open, each saying whether they may also edit it. Candidates
    /// are all countries for administrators and reviewers and the assigned ones otherwise (so refusals are not
    /// logged for the rest); the handler still has the last word.
    /// </summary>
    public async Task<IReadOnlyList<WorkspaceCountryChoice>> OpenableByAsync(ClaimsPrincipal user, string language, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var candidates = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Reviewer)
            ? db.Countries.AsNoTracking()
            : db.Countries.AsNoTracking().Where(c => db.CountryAssignments.Any(a => a.UserId == userId && a.CountryId == c.Id));
        var countries = await candidates
            .Select(c => new { c.Id, c.Iso2, c.Name, c.OfficialLanguages })
            .ToListAsync(cancellationToken);
        var openable = new List<WorkspaceCountryChoice>();
        foreach (var country in countries)
        {
            var mayEdit = await authorization.MayEditCountryAsync(user, country.Id);
            if (mayEdit || await authorization.CanReadCountryAsync(user, country.Id))
            {
                openable.Add(new WorkspaceCountryChoice(
                    new WorkspaceCountry(country.Id, country.Iso2, country.Name, country.OfficialLanguages), mayEdit));
            }
        }

        var byName = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: true);
        return [.. openable.OrderBy(c => c.Country.Name.In(language), byName)];
    }
}

/// <summary>A country of the workspace's entrance, and whether the person may edit it or only read it.</summary>
public sealed record WorkspaceCountryChoice(WorkspaceCountry Country, bool MayEdit);
