using ComunidadPyme.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>The institutions a record of one country may point at: that country's, never another's.</summary>
public static class InstitutionChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> ListAsync(AppDbContext db, int countryId, CancellationToken cancellationToken) =>
        await db.Institutions.AsNoTracking()
            .Where(i => i.CountryId == countryId)
            .OrderBy(i => i.Name.Original)
            .Select(i => new SelectListItem(i.Acronym == null ? i.Name.Original : i.Name.Original + " (" + i.Acronym + ")", i.Id.ToString()))
            .ToListAsync(cancellationToken);
}
