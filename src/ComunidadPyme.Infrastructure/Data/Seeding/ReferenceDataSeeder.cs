using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data.Seeding.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComunidadPyme.Infrastructure.Data.Seeding;

/// <summary>
/// Gives every installation the facts it needs: the roles, then each reference-data release it has not yet
/// received, in order, each in one transaction and recorded so that it is applied once. The base release
/// (member states, principles, indicator catalogue) fills an empty database; later releases add what the
/// portal learned since (authorities, definitions, laws, corrections) without overwriting edits.
/// </summary>
public sealed class ReferenceDataSeeder(
    AppDbContext db, RoleManager<IdentityRole> roles, TimeProvider clock, ILogger<ReferenceDataSeeder> logger)
{
    public const string BaseRelease = "2026-11-base";
    public const string ProfilesRelease = "2026-12-profiles";
    public const string LegalSourcesRelease = "2026-12-legal-sources";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await ApplyAsync(BaseRelease, SeedBaseAsync, cancellationToken);
        await ApplyAsync(ProfilesRelease, ct => new ProfilesReferenceRelease(db).ApplyAsync(ct), cancellationToken);
        await ApplyAsync(LegalSourcesRelease, CiteLawsInTheirOwnLanguageAsync, cancellationToken);
    }

    /// <summary>
    /// The legal sources of the shipped definitions, cited in the language of the law rather than in English; a
    /// source a country has rewritten is left as it is.
    /// </summary>
    private async Task CiteLawsInTheirOwnLanguageAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in await db.MsmeDefinitions.ToListAsync(cancellationToken))
        {
            if (LegalCorrections.Now(definition.LegalSource) is { } now)
            {
                definition.LegalSource = now;
            }
        }
    }

    private async Task ApplyAsync(string release, Func<CancellationToken, Task> apply, CancellationToken cancellationToken)
    {
        if (await db.ReferenceDataReleases.AnyAsync(r => r.Id == release, cancellationToken))
        {
            return;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                // Claim the release first: a second instance starting at the same moment fails here and skips it.
                db.ReferenceDataReleases.Add(new ReferenceDataRelease { Id = release, AppliedAtUtc = clock.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync(ct);
                await apply(ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
            logger.LogInformation("Reference data release {Release} applied", release);
        }
        catch (DbUpdateException ex)
        {
            // Nothing of the release was kept (one transaction); the portal starts, and the next start tries again.
            db.ChangeTracker.Clear();
            if (await db.ReferenceDataReleases.AsNoTracking().AnyAsync(r => r.Id == release, cancellationToken))
            {
                logger.LogInformation("Reference data release {Release} was applied by another instance", release);
                return;
            }

            logger.LogError(ex, "Reference data release {Release} could not be applied; it will be tried again on the next start", release);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The member states, principles and indicators; a database created before releases were recorded already has them.</summary>
    private async Task SeedBaseAsync(CancellationToken cancellationToken)
    {
        if (await db.Countries.AnyAsync(cancellationToken))
        {
            return;
        }

        var countries = ReferenceCountries.All();
        db.Countries.AddRange(countries);
        db.Principles.AddRange(ReferencePrinciples.All());
        db.Indicators.AddRange(ReferenceIndicators.All());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reference data seeded: {Countries} member states", countries.Count);
    }
}
