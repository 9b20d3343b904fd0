using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Review;

/// <summary>What a reviewer posts from a report's review page: the version they saw, a text, and for an assessment a level.</summary>
public sealed class ReviewActionForm
{
    public Guid Version { get; set; }
    public string? Text { get; set; }
    public AssessmentLevel? Level { get; set; }

    /// <summary>For a correction: the new rationale of the OAS level (the reason goes in <see cref="Text"/>).</summary>
    public string? Rationale { get; set; }

    /// <summary>Set by the controller from the address, not bound from the form.</summary>
    public ReviewAction Action { get; set; }
}

public sealed class ReviewActionFormValidator : AbstractValidator<ReviewActionForm>
{
    public ReviewActionFormValidator(IStringLocalizer<ReviewResource> l)
    {
        RuleFor(f => f.Text).NotEmpty().When(f => f.Action == ReviewAction.Return)
            .WithMessage(_ => l["Say what the country should change before returning the report."]);
        RuleFor(f => f.Text).NotEmpty().When(f => f.Action == ReviewAction.Reopen)
            .WithMessage(_ => l["Give the reason for reopening the report."]);
        RuleFor(f => f.Text).NotEmpty().When(f => f.Action is ReviewAction.Comment or ReviewAction.CountryComment)
            .WithMessage(_ => l["Write the comment."]);
        RuleFor(f => f.Text).MaximumLength(FieldLengths.Comment).When(f => f.Action != ReviewAction.Assess)
            .WithMessage(_ => l["Keep the text to {0} characters or fewer.", FieldLengths.Comment]);
        RuleFor(f => f.Text).NotEmpty().When(f => f.Action == ReviewAction.Correct)
            .WithMessage(_ => l["Give the reason for the correction: it is shown in the report's thread."]);
        RuleFor(f => f.Rationale).MaximumLength(FieldLengths.Note).When(f => f.Action == ReviewAction.Correct)
            .WithMessage(_ => l["Keep the rationale to {0} characters or fewer.", FieldLengths.Note]);
        RuleFor(f => f.Level).NotNull().IsInEnum().When(f => f.Action is ReviewAction.Assess or ReviewAction.Correct)
            .WithMessage(_ => l["Choose a level from 1 to 5."]);
        RuleFor(f => f.Text).MaximumLength(FieldLengths.Note).When(f => f.Action == ReviewAction.Assess)
            .WithMessage(_ => l["Keep the rationale to {0} characters or fewer.", FieldLengths.Note]);
    }
}
