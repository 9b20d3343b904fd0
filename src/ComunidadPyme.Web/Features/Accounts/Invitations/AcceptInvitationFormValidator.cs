using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Accounts.Invitations;

/// <summary>Checks the form only; the password rules themselves are Identity's (length, common passwords).</summary>
public sealed class AcceptInvitationFormValidator : AbstractValidator<AcceptInvitationForm>
{
    public AcceptInvitationFormValidator(IStringLocalizer<AccountsResource> localizer)
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => localizer["Enter a password."]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage(_ => localizer["The two passwords are not the same."]);
    }
}
