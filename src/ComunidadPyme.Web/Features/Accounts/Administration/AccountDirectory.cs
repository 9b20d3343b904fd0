using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>Reads the accounts for the administrators' pages, with their roles, countries and state.</summary>
public sealed class AccountDirectory(AppDbContext db)
{
    public Task<IReadOnlyList<AccountListItem>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync(db.Users, cancellationToken);

    public async Task<AccountListItem?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync(db.Users.Where(u => u.Id == id), cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<AccountListItem>> QueryAsync(IQueryable<ApplicationUser> users, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Iso2, cancellationToken);
        var accounts = await users.AsNoTracking()
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.LastSignInAtUtc, u.TwoFactorEnabled, u.DisabledAtUtc,
                HasPassword = u.PasswordHash != null,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                CountryIds = u.Countries.Select(c => c.CountryId).ToList(),
            })
            .ToListAsync(cancellationToken);
        return accounts.Select(a => new AccountListItem(
                a.Id, a.DisplayName, a.Email ?? string.Empty, a.Roles,
                a.CountryIds.Select(id => countries.GetValueOrDefault(id, "?")).Order().ToList(),
                a.LastSignInAtUtc, a.TwoFactorEnabled, a.DisabledAtUtc is not null, !a.HasPassword))
            .ToList();
    }

    public async Task<IReadOnlyList<CountryOption>> CountryOptionsAsync(string language, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Id, c.Iso2, c.Name }).ToListAsync(cancellationToken);
        return countries.Select(c => new CountryOption(c.Id, c.Iso2, c.Name.In(language)))
            .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), true))
            .ToList();
    }
}

/// <summary>One account in the administrators' list.</summary>
public sealed record AccountListItem(
    string Id,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Countries,
    DateTime? LastSignInAtUtc,
    bool TwoFactorEnabled,
    bool IsDisabled,
    bool InvitationPending);
