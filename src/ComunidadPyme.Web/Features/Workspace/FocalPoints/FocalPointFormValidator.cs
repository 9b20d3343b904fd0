using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.FocalPoints;

public sealed class FocalPointFormValidator : AbstractValidator<FocalPointForm>
{
    public FocalPointFormValidator(WorkspaceText<WorkspaceFocalPointsResource> l)
    {
        RuleFor(f => f.FullName).Required(l).MaxChars(FieldLengths.PersonName, l);
        RuleFor(f => f.Position).MaxChars(FieldLengths.Position, l);
        RuleFor(f => f.Email).MaxChars(FieldLengths.Email, l).EmailAddress(l);
        RuleFor(f => f.Phone).MaxChars(FieldLengths.Phone, l)
            .Matches(@"^[0-9+()\-./ ]*(ext\.? ?[0-9]+)?$").WithMessage(_ => l["Use digits, spaces and + ( ) - . / only."]);
        RuleFor(f => f.Role).Must(r => r is { } role && Enum.IsDefined(role)).WithMessage(_ => l["Choose one of the options."]);
        RuleForEach(f => f.PublicFields)
            .Must(c => c is ContactFields.Name or ContactFields.Position or ContactFields.Email or ContactFields.Phone)
            .WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.PublicFields)
            .Must(fields => !fields.Contains(ContactFields.Email)).When(f => string.IsNullOrWhiteSpace(f.Email))
            .WithMessage(_ => l["Enter the e-mail address before choosing to show it."]);
        RuleFor(f => f.PublicFields)
            .Must(fields => !fields.Contains(ContactFields.Phone)).When(f => string.IsNullOrWhiteSpace(f.Phone))
            .WithMessage(_ => l["Enter the telephone number before choosing to show it."]);
    }
}
