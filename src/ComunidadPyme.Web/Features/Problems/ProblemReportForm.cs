using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Feedback;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Problems;

/// <summary>
/// The "report a problem" form. <see cref="Website"/> is a honeypot: hidden from people, filled in by bots; a report
/// that fills it is thanked and dropped.
/// </summary>
public sealed class ProblemReportForm
{
    public ProblemSubject? Subject { get; set; }
    public string? Country { get; set; }
    public int? Id { get; set; }
    public string? Indicator { get; set; }
    public string? Message { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }

    /// <summary>The message as stored: the model binder has already removed invisible and unsafe characters.</summary>
    public string CleanMessage => (Message ?? string.Empty).Trim();
    public string? CleanEmail => string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
}

public sealed class ProblemReportFormValidator : AbstractValidator<ProblemReportForm>
{
    public ProblemReportFormValidator(IStringLocalizer<ProblemsResource> text)
    {
        RuleFor(f => f.CleanMessage).Must(m => m.Length > 0).WithName("Message").OverridePropertyName(nameof(ProblemReportForm.Message))
            .WithMessage(text["Say what is wrong: the report is empty."]);
        RuleFor(f => f.CleanMessage).Must(m => m.Length == 0 || m.Length >= ProblemReport.MinMessageLength)
            .OverridePropertyName(nameof(ProblemReportForm.Message))
            .WithMessage(text["Say a little more (at least {0} characters), so that the focal point can find the problem.", ProblemReport.MinMessageLength]);
        RuleFor(f => f.CleanMessage).MaximumLength(FieldLengths.Note).OverridePropertyName(nameof(ProblemReportForm.Message))
            .WithMessage(text["Keep the report under {0} characters.", FieldLengths.Note]);
        RuleFor(f => f.CleanEmail)
            .EmailAddress().WithMessage(text["This is not an e-mail address. Leave it empty if you want no answer."])
            .MaximumLength(FieldLengths.Email).WithMessage(text["This is not an e-mail address. Leave it empty if you want no answer."])
            .When(f => f.CleanEmail is not null)
            .OverridePropertyName(nameof(ProblemReportForm.Email));
    }
}
