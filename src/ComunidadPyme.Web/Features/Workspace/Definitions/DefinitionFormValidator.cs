using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Definitions;

public sealed class DefinitionFormValidator : AbstractValidator<DefinitionForm>
{
    public DefinitionFormValidator(WorkspaceText<WorkspaceDefinitionsResource> l)
    {
        RuleFor(f => f.Title).SetValidator(new TranslatableTextValidator(l, FieldLengths.Title, required: true, rich: false));
        RuleFor(f => f.Scope).Must(s => s is { } scope && Enum.IsDefined(scope)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.IssuingBody).MaxChars(FieldLengths.Name, l);
        RuleFor(f => f.LegalSource).Required(l).MaxChars(FieldLengths.Source, l);
        RuleFor(f => f.SourceUrl).MaxChars(FieldLengths.Url, l).WebAddress(l);
        RuleFor(f => f.ValidFrom).PlausibleDate(l);
        RuleFor(f => f.ValidTo).PlausibleDate(l)
            .Must((form, to) => to is null || form.ValidFrom is null || to >= form.ValidFrom)
            .WithMessage(_ => l["The end date must be on or after the start date."]);
        RuleFor(f => f.Method).Must(m => m is { } method && Enum.IsDefined(method)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.MonetaryUnitKind).Must(k => k is { } kind && Enum.IsDefined(kind)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.MonetaryUnit).MaxChars(FieldLengths.Unit, l);
        RuleFor(f => f.MonetaryUnit).Required(l)
            .When(f => f.FilledThresholds.Any(t => t.MaxTurnover is not null || t.MaxAssets is not null))
            .WithMessage(_ => l["Say in which currency or unit the turnover and assets are given."]);
        RuleFor(f => f.FallbackSector).Must(s => s is null || Enum.IsDefined(s.Value)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.FallbackSector)
            .Must((form, sector) => sector is null || form.FilledThresholds.Any(t => t.Sector == sector))
            .WithMessage(_ => l["Add thresholds for this sector, or leave it empty."]);
        RuleFor(f => f.EmployeeWeight).NotNegative(l);
        RuleFor(f => f.TurnoverWeight).NotNegative(l);
        RuleFor(f => f.TurnoverScoreScale).Must(s => s is null or > 0).WithMessage(_ => l["Enter a number greater than zero."]);
        When(f => f.Method == ClassificationMethod.WeightedScore, () =>
        {
            RuleFor(f => f.EmployeeWeight).NotNull().WithMessage(_ => l["A weighted score needs both weights."]);
            RuleFor(f => f.TurnoverWeight).NotNull().WithMessage(_ => l["A weighted score needs both weights."]);
        });
        RuleFor(f => f.Thresholds)
            .Must(rows => rows.Any(r => !r.IsBlank))
            .WithMessage(_ => l["Add at least one threshold."]);
        RuleForEach(f => f.Thresholds).SetValidator(form => new ThresholdRowValidator(l, form));
        RuleFor(f => f.Notes).SetValidator(new TranslatableTextValidator(l, FieldLengths.Summary, required: false, rich: true));
    }
}
