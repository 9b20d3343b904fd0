using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Workspace.Common;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Workspace.Profile;

/// <summary>The country's own record: its policy overview (focal points) and membership history (administrators).</summary>
public sealed class ProfileEditor(AppDbContext db, VersionedSaver saver)
{
    public async Task<ProfilePage> LoadAsync(WorkspaceCountry country, CancellationToken cancellationToken)
    {
        var saved = await db.Countries.AsNoTracking().Include(c => c.Membership)
            .FirstAsync(c => c.Id == country.Id, cancellationToken);
        var form = new ProfileForm
        {
            Version = saved.Version,
            PolicyOverview = TranslatableTextForm.From(saved.PolicyOverview, saved.OfficialLanguages.FirstOrDefault() ?? "en"),
        };
        return new ProfilePage(form, saved.PolicyOverview, [.. saved.Membership.OrderBy(m => m.EffectiveFrom)], new MembershipForm());
    }

    public async Task<EditOutcome> UpdateAsync(WorkspaceCountry country, ProfileForm form, CancellationToken cancellationToken)
    {
        var saved = await db.Countries.FirstAsync(c => c.Id == country.Id, cancellationToken);
        saved.PolicyOverview = form.PolicyOverview.ToValue(rich: true);
        return await saver.TrySaveAsync(saved, form.Version, cancellationToken) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    public Task<bool> HasPeriodFromAsync(int countryId, DateOnly from, CancellationToken cancellationToken) =>
        db.MembershipPeriods.AnyAsync(m => m.CountryId == countryId && m.EffectiveFrom == from, cancellationToken);

    public async Task AddPeriodAsync(WorkspaceCountry country, MembershipForm form, CancellationToken cancellationToken)
    {
        // Through the tracked country, so the audit trail writes the new step into the country's history.
        var saved = await db.Countries.FirstAsync(c => c.Id == country.Id, cancellationToken);
        saved.Membership.Add(new MembershipPeriod
        {
            CountryId = country.Id,
            Status = form.Status!.Value,
            EffectiveFrom = form.EffectiveFrom!.Value,
            Precision = form.Precision!.Value,
            Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> RemovePeriodAsync(WorkspaceCountry country, int periodId, CancellationToken cancellationToken)
    {
        var saved = await db.Countries.Include(c => c.Membership.Where(m => m.Id == periodId))
            .FirstAsync(c => c.Id == country.Id, cancellationToken);
        if (saved.Membership.FirstOrDefault() is not { } period)
        {
            return false;
        }

        db.MembershipPeriods.Remove(period);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
