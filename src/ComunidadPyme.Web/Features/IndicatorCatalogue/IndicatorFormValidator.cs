using System.Globalization;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Indicators;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Observations;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.IndicatorCatalogue;

/// <summary>
/// A catalogue entry: a code such as MSME_COUNT (its uniqueness is checked by <see cref="IndicatorEditor"/>),
/// a name in each of the four languages, decimals from 0 to 6, and a range whose minimum is not above its maximum.
/// </summary>
public sealed class IndicatorFormValidator : AbstractValidator<IndicatorForm>
{
    public const string CodePattern = "^[A-Z][A-Z0-9_]{1,39}$";
    public const int MaxDecimals = 6;
    public const int MaxSortOrder = 1_000_000;

    public IndicatorFormValidator(IStringLocalizer<IndicatorCatalogueResource> l)
    {
        RuleFor(f => f.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Enter a code."])
            .Matches(CodePattern)
            .WithMessage(_ => l["Use 2 to 40 capital letters, digits or underscores, starting with a letter, e.g. MSME_COUNT."]);

        RuleFor(f => f.Name.En).NotEmpty().WithMessage(_ => l["Enter the name in English."]);
        RuleFor(f => f.Name.Es).NotEmpty().WithMessage(_ => l["Enter the name in Spanish."]);
        RuleFor(f => f.Name.Pt).NotEmpty().WithMessage(_ => l["Enter the name in Portuguese."]);
        RuleFor(f => f.Name.Fr).NotEmpty().WithMessage(_ => l["Enter the name in French."]);
        RuleFor(f => f.Unit.En).NotEmpty().WithMessage(_ => l["Enter the unit in English, e.g. % of MSMEs."]);
        Lengths(f => f.Name, FieldLengths.Name, l);
        Lengths(f => f.Unit, FieldLengths.ShortName, l);
        Lengths(f => f.Description, FieldLengths.Summary, l);
        Lengths(f => f.Methodology, FieldLengths.Summary, l);

        Choice(f => f.Kind, typeof(IndicatorKind), () => l["Choose a kind from the list."]);
        Choice(f => f.Theme, typeof(IndicatorTheme), () => l["Choose a theme from the list."]);
        Choice(f => f.Periodicity, typeof(Periodicity), () => l["Choose a periodicity from the list."]);

        RuleFor(f => f.Decimals)
            .Must(text => WholeNumber(text) is >= 0 and <= MaxDecimals)
            .WithMessage(_ => l["Enter a whole number from 0 to {0}.", MaxDecimals]);
        RuleFor(f => f.SortOrder)
            .Must(text => WholeNumber(text) is >= 0 and <= MaxSortOrder)
            .WithMessage(_ => l["Enter a whole number from 0 to {0}.", MaxSortOrder.ToString("N0", CultureInfo.CurrentCulture)]);
        RuleFor(f => f.Source).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Enter the source of the indicator."])
            .MaximumLength(FieldLengths.Source).WithMessage(_ => l["Write at most {0} characters.", FieldLengths.Source]);

        RuleFor(f => f.MinValue)
            .Must(text => IsNumberOrEmpty(text))
            .WithMessage(_ => l["Enter a number, or leave it empty for no limit."]);
        RuleFor(f => f.MaxValue)
            .Must(text => IsNumberOrEmpty(text))
            .WithMessage(_ => l["Enter a number, or leave it empty for no limit."]);
        RuleFor(f => f.MaxValue)
            .Must((form, _) => Number(form.MinValue) <= Number(form.MaxValue))
            .When(form => Number(form.MinValue) is not null && Number(form.MaxValue) is not null)
            .WithMessage(_ => l["The maximum must not be below the minimum."]);
    }

    private void Choice(System.Linq.Expressions.Expression<Func<IndicatorForm, string?>> field, Type choices, Func<string> message) =>
        RuleFor(field).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => message())
            .IsEnumName(choices, caseSensitive: false).WithMessage(_ => message());

    private void Lengths(
        System.Linq.Expressions.Expression<Func<IndicatorForm, LocalizedTextForm>> text, int length, IStringLocalizer l)
    {
        RuleFor(text).ChildRules(t =>
        {
            foreach (var language in new System.Linq.Expressions.Expression<Func<LocalizedTextForm, string?>>[] { x => x.En, x => x.Es, x => x.Pt, x => x.Fr })
            {
                t.RuleFor(language).MaximumLength(length).WithMessage(_ => l["Write at most {0} characters.", length.ToString("N0", CultureInfo.CurrentCulture)]);
            }
        });
    }

    private static int? WholeNumber(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static bool IsNumberOrEmpty(string? text) => string.IsNullOrWhiteSpace(text) || Number(text) is not null;

    private static double? Number(string? text) =>
        DecimalText.TryParse(text, CultureInfo.CurrentCulture, out var number) ? number : null;
}
