using System.Globalization;
using ComunidadPyme.Core.Definitions;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>Checks the calculator's input in the visitor's culture, with a message for each field that names the problem.</summary>
public sealed class MsmeCheckInputValidator : AbstractValidator<MsmeCheckInput>
{
    public const int MaxEmployees = 10_000_000;
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    public MsmeCheckInputValidator(IStringLocalizer<CountryProfileResource> localizer)
    {
        RuleFor(x => x.Employees).Cascade(CascadeMode.Stop)
            .Must(NotTooLong).WithMessage(_ => TooLong(localizer))
            .Must(text => NumberInput.TryParseWholeNumber(text, Culture, out _))
            .WithMessage(_ => localizer["Enter the number of employees as a whole number, for example 25."])
            .Must(text => NumberInput.TryParseWholeNumber(text, Culture, out var n) && n is >= 0 and <= MaxEmployees)
            .WithMessage(_ => localizer["The number of employees must be between 0 and {0}.", MaxEmployees.ToString("N0", Culture)])
            .When(x => !string.IsNullOrWhiteSpace(x.Employees));

        AmountRules(RuleFor(x => x.Turnover), localizer,
            "Enter the annual turnover as a number, for example {0}.", "The annual turnover cannot be negative.",
            "The annual turnover must be at most {0}.")
            .When(x => !string.IsNullOrWhiteSpace(x.Turnover));
        AmountRules(RuleFor(x => x.Assets), localizer,
            "Enter the total assets as a number, for example {0}.", "The total assets cannot be negative.",
            "The total assets must be at most {0}.")
            .When(x => !string.IsNullOrWhiteSpace(x.Assets));

        RuleFor(x => x.Sector).Cascade(CascadeMode.Stop)
            .Must(NotTooLong).WithMessage(_ => TooLong(localizer))
            .Must(text => KnownValue.TryParse<EconomicSector>(text, out _))
            .WithMessage(_ => localizer["Choose one of the listed sectors."])
            .When(x => !string.IsNullOrWhiteSpace(x.Sector));
    }

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private static IRuleBuilderOptions<MsmeCheckInput, string?> AmountRules(
        IRuleBuilderInitial<MsmeCheckInput, string?> rule,
        IStringLocalizer<CountryProfileResource> localizer,
        string notANumber,
        string negative,
        string tooLarge) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(NotTooLong).WithMessage(_ => TooLong(localizer))
            .Must(text => NumberInput.ReadAmount(text, Culture).Problem != NumberProblem.Ambiguous)
            .WithMessage((_, text) => Ambiguous(localizer, text!))
            .Must(text => NumberInput.TryParseAmount(text, Culture, out _))
            .WithMessage(_ => localizer[notANumber, 1_500_000.5m.ToString("N2", Culture)])
            .Must(text => NumberInput.TryParseAmount(text, Culture, out var amount) && amount >= 0)
            .WithMessage(_ => localizer[negative])
            .Must(text => NumberInput.TryParseAmount(text, Culture, out var amount) && amount <= MaxAmount)
            .WithMessage(_ => localizer[tooLarge, MaxAmount.ToString("N0", Culture)]);

    /// <summary>
    /// "4,000" on a Spanish page: 4 or 4000? Shows both readings and how to write each so that it reads one way
    /// (two or four decimals never read as a group of thousands).
    /// </summary>
    private static string Ambiguous(IStringLocalizer<CountryProfileResource> localizer, string text)
    {
        var withoutMark = text.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        var larger = Math.Abs(NumberInput.ReadAmount(withoutMark, Culture).Value);
        var smaller = larger / 1000m;
        return localizer["\"{0}\" can be read as {1} or as {2}. To mean {2}, write {3}; to mean {1}, write {4}.",
            text.Trim(), smaller.ToString("#,0.###", Culture), larger.ToString("N0", Culture),
            larger.ToString("N2", Culture),
            smaller.ToString(smaller == decimal.Round(smaller, 2) ? "N2" : "#,0.0000", Culture)];
    }

    private static bool NotTooLong(string? text) => text is null || text.Length <= NumberInput.MaxLength;

    private static string TooLong(IStringLocalizer<CountryProfileResource> localizer) =>
        localizer["This value is too long: type at most {0} characters.", NumberInput.MaxLength];
}
