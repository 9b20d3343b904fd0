using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Accounts.Administration;

/// <summary>The part of the invitation and edit forms that decides what someone may do.</summary>
public interface IRoleAndCountries
{
    string? Role { get; }
    List<int> CountryIds { get; }
}

/// <summary>A known role; a focal point has at least one country; every country exists.</summary>
public sealed class RoleAndCountriesValidator : AbstractValidator<IRoleAndCountries>
{
    public RoleAndCountriesValidator(AppDbContext db, IStringLocalizer<AccountsResource> localizer)
    {
        RuleFor(f => f.Role).Must(r => r is not null && Roles.All.Contains(r))
            .WithMessage(_ => localizer["Choose a role."]);
        RuleFor(f => f.CountryIds).NotEmpty().When(f => f.Role == Roles.FocalPoint)
            .WithMessage(_ => localizer["A focal point needs at least one country."]);
        RuleFor(f => f.CountryIds)
            .MustAsync(async (ids, cancellationToken) => await AllExistAsync(db, ids, cancellationToken))
            .WithMessage(_ => localizer["One of the countries does not exist."]);
    }

    private static async Task<bool> AllExistAsync(AppDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        return distinct.Count == 0 || await db.Countries.CountAsync(c => distinct.Contains(c.Id), cancellationToken) == distinct.Count;
    }
}

/// <summary>The role and country choices shared by the invitation and the edit pages (the <c>_RoleAndCountries</c> partial).</summary>
/// <param name="Prefix">Before the field names: "Form." on the edit page, nothing on the invitation.</param>
public sealed record RoleAndCountriesFields(
    string? Role, IReadOnlyCollection<int> CountryIds, IReadOnlyList<CountryOption> Countries, string Prefix = "");

/// <summary>A country an administrator can assign to a focal point, named in the administrator's language.</summary>
public sealed record CountryOption(int Id, string Iso2, string Name);
