using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data.Seeding.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComunidadPyme.Infrastructure.Data.Seeding;

/// <summary>
/// Fills an empty database with facts every installation needs: the member states, the principles, the
/// indicator catalogue, the roles and the official MSME definitions. Runs once; never overwrites edits.
/// </summary>
public sealed class ReferenceDataSeeder(
    AppDbContext db, RoleManager<IdentityRole> roles, ILogger<ReferenceDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (await db.Countries.AnyAsync(cancellationToken))
        {
            return;
        }

        var countries = ReferenceCountries.All();
        db.Countries.AddRange(countries);
        db.Principles.AddRange(ReferencePrinciples.All());
        db.Indicators.AddRange(ReferenceIndicators.All());
        await db.SaveChangesAsync(cancellationToken);

        var byIso2 = countries.ToDictionary(c => c.Iso2);
        foreach (var (iso2, definition) in ReferenceDefinitions.All())
        {
            definition.CountryId = byIso2[iso2].Id;
            db.MsmeDefinitions.Add(definition);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reference data seeded: {Countries} member states", countries.Count);
    }
}
