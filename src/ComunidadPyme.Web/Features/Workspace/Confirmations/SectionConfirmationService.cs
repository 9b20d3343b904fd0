using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Confirmations;

/// <summary>
/// "These data are current": stamps the section's confirmation with the date and the person, and for the
/// authorities section also every focal point's <see cref="FocalPoint.LastConfirmedOn"/>.
/// </summary>
public sealed class SectionConfirmationService(AppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<ProfileSection, SectionConfirmationStamp>> AllAsync(int countryId, CancellationToken cancellationToken) =>
        await db.SectionConfirmations.AsNoTracking()
            .Where(s => s.CountryId == countryId)
            .ToDictionaryAsync(s => s.Section, s => new SectionConfirmationStamp(s.ConfirmedAtUtc, s.ConfirmedBy), cancellationToken);

    public async Task ConfirmAsync(int countryId, ProfileSection section, CancellationToken cancellationToken)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;

        // The country is loaded so the audit trail can write the confirmation into the country's history.
        var country = await db.Countries.Include(c => c.Confirmations.Where(s => s.Section == section))
            .FirstAsync(c => c.Id == countryId, cancellationToken);
        var confirmation = country.Confirmations.FirstOrDefault();
        if (confirmation is null)
        {
            confirmation = new SectionConfirmation { CountryId = countryId, Section = section };
            country.Confirmations.Add(confirmation);
        }

        confirmation.ConfirmedAtUtc = nowUtc;
        confirmation.ConfirmedBy = currentUser.UserName;
        if (section == ProfileSection.Authorities)
        {
            var today = DateOnly.FromDateTime(nowUtc);
            await foreach (var focalPoint in db.FocalPoints.Where(f => f.CountryId == countryId).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                focalPoint.LastConfirmedOn = today;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record SectionConfirmationStamp(DateTime ConfirmedAtUtc, string? ConfirmedBy);
