using System.Text.RegularExpressions;
using ComunidadPyme.Core.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>
/// Validates one country-written text. Internal, with settings in its constructor, so the assembly scan
/// does not register it: each form says how long the text may be and whether it is required or rich.
/// </summary>
internal sealed partial class TranslatableTextValidator : AbstractValidator<TranslatableTextForm>
{
    public TranslatableTextValidator(IStringLocalizer l, int maxLength, bool required, bool rich)
    {
        // Every rule reads the value that will be stored (cleaned), not what was typed.
        if (required)
        {
            RuleFor(t => TranslatableTextForm.Stored(t.Original, rich)).Required(l).OverridePropertyName(nameof(TranslatableTextForm.Original))
                .When(t => !LosesAllText(t.Original, rich));
        }

        RuleFor(t => t.Original).Must(original => !LosesAllText(original, rich)).WithMessage(_ => l[NothingLeftMessage]);
        RuleFor(t => t.En).Must(text => !LosesAllText(text, rich)).WithMessage(_ => l[NothingLeftMessage]);
        RuleFor(t => t.Es).Must(text => !LosesAllText(text, rich)).WithMessage(_ => l[NothingLeftMessage]);
        RuleFor(t => t.Pt).Must(text => !LosesAllText(text, rich)).WithMessage(_ => l[NothingLeftMessage]);
        RuleFor(t => t.Fr).Must(text => !LosesAllText(text, rich)).WithMessage(_ => l[NothingLeftMessage]);

        RuleFor(t => TranslatableTextForm.Stored(t.Original, rich)).MaxChars(maxLength, l).OverridePropertyName(nameof(TranslatableTextForm.Original));
        RuleFor(t => t.Original)
            .Must(original => TranslatableTextForm.Stored(original, rich) is not null)
            .When(t => HasTranslation(t, rich) && !LosesAllText(t.Original, rich))
            .WithMessage(_ => l["Write the original text before its translations."]);
        RuleFor(t => t.Language)
            .Must(IsLanguageCode)
            .When(t => TranslatableTextForm.Stored(t.Original, rich) is not null)
            .WithMessage(_ => l["Choose the language of the original text."]);
        RuleFor(t => TranslatableTextForm.Stored(t.En, rich)).MaxChars(maxLength, l).OverridePropertyName(nameof(TranslatableTextForm.En));
        RuleFor(t => TranslatableTextForm.Stored(t.Es, rich)).MaxChars(maxLength, l).OverridePropertyName(nameof(TranslatableTextForm.Es));
        RuleFor(t => TranslatableTextForm.Stored(t.Pt, rich)).MaxChars(maxLength, l).OverridePropertyName(nameof(TranslatableTextForm.Pt));
        RuleFor(t => TranslatableTextForm.Stored(t.Fr, rich)).MaxChars(maxLength, l).OverridePropertyName(nameof(TranslatableTextForm.Fr));
        if (rich)
        {
            // On the cleaned text: removing markup can join "[x]<i></i>(javascript:…)" into a link.
            RuleFor(t => TranslatableTextForm.Stored(t.Original, rich)).OnlyWebLinks(l).OverridePropertyName(nameof(TranslatableTextForm.Original));
            RuleFor(t => TranslatableTextForm.Stored(t.En, rich)).OnlyWebLinks(l).OverridePropertyName(nameof(TranslatableTextForm.En));
            RuleFor(t => TranslatableTextForm.Stored(t.Es, rich)).OnlyWebLinks(l).OverridePropertyName(nameof(TranslatableTextForm.Es));
            RuleFor(t => TranslatableTextForm.Stored(t.Pt, rich)).OnlyWebLinks(l).OverridePropertyName(nameof(TranslatableTextForm.Pt));
            RuleFor(t => TranslatableTextForm.Stored(t.Fr, rich)).OnlyWebLinks(l).OverridePropertyName(nameof(TranslatableTextForm.Fr));
        }
    }

    public const string NothingLeftMessage =
        "Nothing is left of this text once formatting and scripts are removed. Write the text itself.";

    /// <summary>Something was typed, but cleaning leaves nothing visible (e.g. a text that is only a script).</summary>
    private static bool LosesAllText(string? text, bool rich) =>
        TextCleaning.HasVisibleText(text) && TranslatableTextForm.Stored(text, rich) is null;

    private static bool HasTranslation(TranslatableTextForm text, bool rich) =>
        new[] { text.En, text.Es, text.Pt, text.Fr }.Any(t => TranslatableTextForm.Stored(t, rich) is not null);

    private static bool IsLanguageCode(string? code) =>
        code is not null && LanguageCode().IsMatch(code.Trim()) && LanguageOptions.IsKnown(code.Trim());

    [GeneratedRegex("^[a-zA-Z]{2,3}$")]
    private static partial Regex LanguageCode();
}
