using ComunidadPyme.Infrastructure.Data;
using ComunidadPyme.Web.Features.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>What an administrator posts to change someone's role and countries.</summary>
public sealed class EditAccountForm : IRoleAndCountries, IVersionedForm
{
    /// <summary>The account's Identity concurrency stamp when the page was opened.</summary>
    public Guid Version { get; set; }

    [FieldLabel("Role")]
    public string? Role { get; set; }

    [FieldLabel("Countries (for a focal point)")]
    public List<int> CountryIds { get; set; } = [];
}

public sealed class EditAccountFormValidator : AbstractValidator<EditAccountForm>
{
    public EditAccountFormValidator(AppDbContext db, IStringLocalizer<AccountsResource> localizer) =>
        Include(new RoleAndCountriesValidator(db, localizer));
}

/// <summary>What the edit page shows around the form: who the account is, its state, the countries to choose from.</summary>
public sealed record AccountEditDetails(AccountListItem Account, IReadOnlyList<CountryOption> Countries);
