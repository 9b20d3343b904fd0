using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Infrastructure.Identity;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>
/// An account's role and countries, for the shared editor pages. The version is Identity's concurrency stamp:
/// two administrators changing one account do not silently overwrite each other, the second gets the conflict
/// page. Changes are written to the log with who made them (accounts are not in the audit trail).
/// </summary>
public sealed class AccountEditor(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    AccountDirectory directory,
    ICurrentUser currentUser,
    IStringLocalizer<AccountsResource> l,
    ILogger<AccountEditor> logger)
    : IRecordEditor<SharedData, string, EditAccountForm>
{
    public IStringLocalizer Labels => l;

    public async Task<EditorPage<EditAccountForm>?> LoadAsync(SharedData scope, string id, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(id, cancellationToken) is not { } account)
        {
            return null;
        }

        var saved = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.ConcurrencyStamp, CountryIds = u.Countries.Select(c => c.CountryId).ToList() })
            .SingleAsync(cancellationToken);
        var countries = await directory.CountryOptionsAsync(SupportedCultures.Current, cancellationToken);
        return new EditorPage<EditAccountForm>
        {
            RecordTitle = account.Email,
            Details = new AccountEditDetails(account, countries),
            Options = new Dictionary<string, IReadOnlyList<SelectListItem>>
            {
                [nameof(EditAccountForm.Role)] = [.. Roles.All.Select(r => new SelectListItem(l["Role." + r], r))],
                [nameof(EditAccountForm.CountryIds)] = [.. countries.Select(c => new SelectListItem(c.Name, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            },
            Form = new EditAccountForm
            {
                Version = Guid.TryParse(saved.ConcurrencyStamp, out var stamp) ? stamp : Guid.Empty,
                Role = account.Roles.FirstOrDefault(),
                CountryIds = [.. saved.CountryIds.Order()],
            },
        };
    }

    /// <summary>An administrator cannot take the administrator role from their own account.</summary>
    public Task<IReadOnlyList<FieldProblem>> ProblemsAsync(SharedData scope, string id, EditAccountForm form, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FieldProblem>>(id == currentUser.UserId && form.Role != Roles.Administrator
            ? [new FieldProblem(nameof(EditAccountForm.Role), l["You cannot do this to your own account."])]
            : []);

    public async Task<EditOutcome> UpdateAsync(SharedData scope, string id, EditAccountForm form, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Countries).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return EditOutcome.NotFound;
        }

        if (!Guid.TryParse(user.ConcurrencyStamp, out var stamp) || stamp != form.Version)
        {
            return EditOutcome.Conflict;
        }

        // Identity saves a role change and the account in several steps; one transaction keeps all or none. Each
        // step is checked against the stamp loaded above, so a save by someone else in between is a conflict.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var wanted = AccountAdministrationService.CountriesFor(form.Role, form.CountryIds).Select(c => c.CountryId).ToHashSet();
        user.Countries.RemoveAll(c => !wanted.Contains(c.CountryId));
        user.Countries.AddRange(wanted.Except(user.Countries.Select(c => c.CountryId))
            .Select(countryId => new CountryAssignment { CountryId = countryId }));
        var currentRoles = await users.GetRolesAsync(user);
        var saved = currentRoles.SequenceEqual([form.Role!])
            ? Succeeded(await users.UpdateAsync(user))
            // Changing roles renews the security stamp, so the person's open sessions pick up the new role at once.
            : Succeeded(await users.RemoveFromRolesAsync(user, currentRoles)) && Succeeded(await users.AddToRoleAsync(user, form.Role!));
        if (!saved)
        {
            db.ChangeTracker.Clear();
            return EditOutcome.Conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Account {Email} changed by {Administrator}: role {Role}, countries {CountryIds}",
            user.Email, currentUser.UserName, form.Role, string.Join(",", wanted.Order()));
        return EditOutcome.Saved;
    }

    /// <summary>False when Identity refused the save because the account changed meanwhile; any other refusal is a fault.</summary>
    private static bool Succeeded(IdentityResult result) =>
        result.Succeeded
        || (result.Errors.All(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
            ? false
            : throw new InvalidOperationException("The account could not be saved: " + string.Join("; ", result.Errors.Select(e => e.Code))));
}
