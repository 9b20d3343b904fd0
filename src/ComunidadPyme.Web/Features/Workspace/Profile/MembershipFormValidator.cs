using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Profile;

public sealed class MembershipFormValidator : AbstractValidator<MembershipForm>
{
    public MembershipFormValidator(WorkspaceText<WorkspaceProfileResource> l)
    {
        RuleFor(f => f.Status).Must(s => s is { } status && Enum.IsDefined(status)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.Precision).Must(p => p is { } precision && Enum.IsDefined(precision)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.EffectiveFrom).NotNull().WithMessage(_ => l["This field is required."]).PlausibleDate(l);
        RuleFor(f => f.Note).MaxChars(FieldLengths.Note, l);
    }
}
