using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Accounts.Administration;

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
