using System.Text.RegularExpressions;
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
        if (required)
        {
            RuleFor(t => t.Original).Required(l);
        }

        RuleFor(t => t.Original).MaxChars(maxLength, l);
        RuleFor(t => t.Original)
            .Must(original => !string.IsNullOrWhiteSpace(original))
            .When(HasTranslation)
            .WithMessage(_ => l["Write the original text before its translations."]);
        RuleFor(t => t.Language)
            .Must(IsLanguageCode)
            .When(t => !t.IsEmpty)
            .WithMessage(_ => l["Choose the language of the original text."]);
        RuleFor(t => t.En).MaxChars(maxLength, l);
        RuleFor(t => t.Es).MaxChars(maxLength, l);
        RuleFor(t => t.Pt).MaxChars(maxLength, l);
        RuleFor(t => t.Fr).MaxChars(maxLength, l);
        if (rich)
        {
            RuleFor(t => t.Original).OnlyWebLinks(l);
            RuleFor(t => t.En).OnlyWebLinks(l);
            RuleFor(t => t.Es).OnlyWebLinks(l);
            RuleFor(t => t.Pt).OnlyWebLinks(l);
            RuleFor(t => t.Fr).OnlyWebLinks(l);
        }
    }

    private static bool HasTranslation(TranslatableTextForm text) =>
        new[] { text.En, text.Es, text.Pt, text.Fr }.Any(t => !string.IsNullOrWhiteSpace(t));

    private static bool IsLanguageCode(string? code) =>
        code is not null && LanguageCode().IsMatch(code.Trim()) && LanguageOptions.IsKnown(code.Trim());

    [GeneratedRegex("^[a-zA-Z]{2,3}$")]
    private static partial Regex LanguageCode();
}
