using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Progress;

public sealed class ProgressFormValidator : AbstractValidator<ProgressForm>
{
    public ProgressFormValidator(WorkspaceText<WorkspaceProgressResource> l)
    {
        RuleFor(f => f.Level).Must(v => v is { } level && Enum.IsDefined(level)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.Narrative).SetValidator(new TranslatableTextValidator(l, FieldLengths.Narrative, required: false, rich: true));
        RuleForEach(f => f.Evidence).ChildRules(row =>
        {
            row.RuleFor(r => r.Title).Required(l).When(r => !r.IsBlank).MaxChars(FieldLengths.Title, l);
            row.RuleFor(r => r.Url).Required(l).When(r => !r.IsBlank).MaxChars(FieldLengths.Url, l).WebAddress(l);
        });
    }
}
