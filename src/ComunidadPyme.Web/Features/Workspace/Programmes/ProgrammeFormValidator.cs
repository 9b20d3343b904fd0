using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Programmes;

public sealed class ProgrammeFormValidator : AbstractValidator<ProgrammeForm>
{
    public ProgrammeFormValidator(WorkspaceText<WorkspaceProgrammesResource> l)
    {
        RuleFor(f => f.Name).SetValidator(new TranslatableTextValidator(l, FieldLengths.Name, required: true, rich: false));
        RuleFor(f => f.Type).Must(t => t is { } type && Enum.IsDefined(type)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.TargetGroups).NotEmpty().WithMessage(_ => l["Choose at least one target group."]);
        RuleForEach(f => f.TargetGroups).Defined(l);
        RuleFor(f => f.Url).MaxChars(FieldLengths.Url, l).WebAddress(l);
        RuleFor(f => f.StartsOn).PlausibleDate(l);
        RuleFor(f => f.EndsOn).PlausibleDate(l)
            .Must((form, ends) => ends is null || form.StartsOn is null || ends >= form.StartsOn)
            .WithMessage(_ => l["The end date must be on or after the start date."]);
        RuleFor(f => f.Description).SetValidator(new TranslatableTextValidator(l, FieldLengths.Summary, required: false, rich: true));
    }
}
