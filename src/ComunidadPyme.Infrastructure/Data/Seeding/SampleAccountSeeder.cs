using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComunidadPyme.Infrastructure.Data.Seeding;

/// <summary>Creates the <see cref="SampleAccounts"/> that do not exist yet. Called in Development only.</summary>
public sealed class SampleAccountSeeder(
    AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, ILogger<SampleAccountSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var sample in SampleAccounts.All)
        {
            if (await users.FindByEmailAsync(sample.Email) is not null)
            {
                continue;
            }

            var countryIds = await db.Countries.Where(c => sample.CountryIso2.Contains(c.Iso2))
                .Select(c => c.Id).ToListAsync(cancellationToken);
            var user = new ApplicationUser
            {
                UserName = sample.Email,
                Email = sample.Email,
                EmailConfirmed = true,
                DisplayName = sample.DisplayName,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                Countries = countryIds.Select(id => new CountryAssignment { CountryId = id }).ToList(),
            };
            var created = await users.CreateAsync(user, sample.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Sample account {sample.Email} could not be created: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, sample.Role);
            logger.LogInformation("Sample account {Email} ({Role}) created for Development", sample.Email, sample.Role);
        }
    }
}
