using ComunidadPyme.Infrastructure.Data;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Accounts.Administration;

public sealed class EditAccountFormValidator : AbstractValidator<EditAccountForm>
{
    public EditAccountFormValidator(AppDbContext db, IStringLocalizer<AccountsResource> localizer) =>
        Include(new RoleAndCountriesValidator(db, localizer));
}
