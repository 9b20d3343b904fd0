using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Institutions;

public sealed class InstitutionFormValidator : AbstractValidator<InstitutionForm>
{
    public InstitutionFormValidator(WorkspaceText<WorkspaceInstitutionsResource> l)
    {
        RuleFor(f => f.Name).SetValidator(new TranslatableTextValidator(l, FieldLengths.Name, required: true, rich: false));
        RuleFor(f => f.Acronym).MaxChars(FieldLengths.Code, l);
        RuleFor(f => f.Kind).Must(k => k is { } kind && Enum.IsDefined(kind)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.WebsiteUrl).MaxChars(FieldLengths.Url, l).WebAddress(l);
        RuleFor(f => f.Mandate).SetValidator(new TranslatableTextValidator(l, FieldLengths.Summary, required: false, rich: true));
    }
}
