using ComunidadPyme.Web.Features.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Common;

/// <summary>Validates reference text: English is required, every language has the same length limit.</summary>
internal sealed class LocalizedTextValidator : AbstractValidator<LocalizedTextForm>
{
    public LocalizedTextValidator(IStringLocalizer l, int maxLength)
    {
        RuleFor(t => t.En).Required(l).MaxChars(maxLength, l);
        RuleFor(t => t.Es).MaxChars(maxLength, l);
        RuleFor(t => t.Pt).MaxChars(maxLength, l);
        RuleFor(t => t.Fr).MaxChars(maxLength, l);
    }
}
