using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Definitions;

/// <summary>One threshold row, judged against its definition (method, other rows). Blank rows are ignored.</summary>
internal sealed class ThresholdRowValidator : AbstractValidator<ThresholdRow>
{
    public ThresholdRowValidator(IStringLocalizer l, DefinitionForm form)
    {
        When(row => !row.IsBlank, () =>
        {
            RuleFor(r => r.SizeClass)
                .Must(c => c is SizeClass.Micro or SizeClass.Small or SizeClass.Medium)
                .WithMessage(_ => l["Choose micro, small or medium."]);
            RuleFor(r => r.Sector).Must(s => s is null || Enum.IsDefined(s.Value)).WithMessage(_ => l["Choose one of the options."]);
            RuleFor(r => r.MaxEmployees).NotNegative(l);
            RuleFor(r => r.MaxTurnover).NotNegative(l);
            RuleFor(r => r.MaxAssets).NotNegative(l);
            RuleFor(r => r.MaxScore).NotNegative(l);
            RuleFor(r => r.MaxScore).NotNull()
                .When(_ => form.Method == ClassificationMethod.WeightedScore)
                .WithMessage(_ => l["A weighted score needs the highest score of each class."]);
            RuleFor(r => r.MaxEmployees)
                .Must((row, _) => row.HasCriterion)
                .When(_ => form.Method == ClassificationMethod.AllCriteria)
                .WithMessage(_ => l["Give at least one bound: employees, turnover or assets."]);
            RuleFor(r => r.SizeClass)
                .Must((row, _) => form.FilledThresholds.Count(o => o.SizeClass == row.SizeClass && o.Sector == row.Sector) == 1)
                .WithMessage(_ => l["This size class already has thresholds for the same sector."]);
        });
    }
}
