using System.Security.Claims;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Workspace.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>Finds the countries of the workspace, and which of them a person may edit.</summary>
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
    /// Every country the person may edit. Candidates are all countries for an administrator and the assigned
    /// ones otherwise (so refusals are not logged for the rest); the handler still has the last word.
    /// </summary>
    public async Task<IReadOnlyList<WorkspaceCountry>> EditableByAsync(ClaimsPrincipal user, string language, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var candidates = user.IsInRole(Roles.Administrator)
            ? db.Countries.AsNoTracking()
            : db.Countries.AsNoTracking().Where(c => db.CountryAssignments.Any(a => a.UserId == userId && a.CountryId == c.Id));
        var countries = await candidates
            .Select(c => new { c.Id, c.Iso2, c.Name, c.OfficialLanguages })
            .ToListAsync(cancellationToken);
        var editable = new List<WorkspaceCountry>();
        foreach (var country in countries)
        {
            if (await authorization.CanEditCountryAsync(user, country.Id))
            {
                editable.Add(new WorkspaceCountry(country.Id, country.Iso2, country.Name, country.OfficialLanguages));
            }
        }

        var byName = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: true);
        return [.. editable.OrderBy(c => c.Name.In(language), byName)];
    }
}
