using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Cycles;

public sealed class CycleForm : IVersionedForm
{
    public Guid Version { get; set; }

    [FieldLabel("Name")]
    public LocalizedTextForm Name { get; set; } = new();

    [FieldLabel("Opens on")]
    public DateOnly? OpensOn { get; set; }

    [FieldLabel("Submission deadline")]
    public DateOnly? SubmissionDeadline { get; set; }

    [FieldLabel("Status")]
    public ReportingCycleStatus? Status { get; set; }
}

public sealed class CycleFormValidator : AbstractValidator<CycleForm>
{
    public CycleFormValidator(WorkspaceText<AdminCyclesResource> l)
    {
        RuleFor(f => f.Name).SetValidator(new LocalizedTextValidator(l, FieldLengths.Name));
        RuleFor(f => f.OpensOn).NotNull().WithMessage(_ => l["This field is required."]).PlausibleDate(l);
        RuleFor(f => f.SubmissionDeadline).NotNull().WithMessage(_ => l["This field is required."]).PlausibleDate(l)
            .Must((form, deadline) => deadline is null || form.OpensOn is null || deadline >= form.OpensOn)
            .WithMessage(_ => l["The deadline must be on or after the opening date."]);
        RuleFor(f => f.Status).Must(s => s is { } status && Enum.IsDefined(status)).WithMessage(_ => l["Choose one of the options."]);
    }
}
