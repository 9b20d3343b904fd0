using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Laws;

public sealed class LawFormValidator : AbstractValidator<LawForm>
{
    public LawFormValidator(WorkspaceText<WorkspaceLawsResource> l)
    {
        RuleFor(f => f.Type).Must(t => t is { } type && Enum.IsDefined(type)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.OfficialNumber).MaxChars(FieldLengths.OfficialNumber, l);
        RuleFor(f => f.Title).SetValidator(new TranslatableTextValidator(l, FieldLengths.Title, required: true, rich: false));
        RuleFor(f => f.Summary).SetValidator(new TranslatableTextValidator(l, FieldLengths.Summary, required: false, rich: true));
        RuleForEach(f => f.Topics).Defined(l);
        RuleFor(f => f.IssuingBody).MaxChars(FieldLengths.Name, l);
        RuleFor(f => f.EnactedOn).PlausibleDate(l);
        RuleFor(f => f.PublishedOn).PlausibleDate(l)
            .Must((form, published) => published is null || form.EnactedOn is null || published >= form.EnactedOn)
            .WithMessage(_ => l["The publication date must be on or after the enactment date."]);
        RuleFor(f => f.Status).Must(s => s is { } status && Enum.IsDefined(status)).WithMessage(_ => l["Choose one of the options."]);
        RuleFor(f => f.OfficialUrl).MaxChars(FieldLengths.Url, l).WebAddress(l);
        When(f => f.Document is not null, () =>
        {
            RuleFor(f => f.Document!.Length)
                .GreaterThan(0).WithMessage(_ => l["The file is empty."])
                .LessThanOrEqualTo(LawDocumentRules.MaxBytes).WithMessage(_ => l["The file is larger than {0} MB.", LawDocumentRules.MaxBytes / (1024 * 1024)])
                .OverridePropertyName(nameof(LawForm.Document));
            RuleFor(f => f.Document!)
                .MustAsync(LawDocumentRules.IsPdfAsync)
                .When(f => f.Document!.Length is > 0 and <= LawDocumentRules.MaxBytes)
                .WithMessage(_ => l["The file is not a PDF document."])
                .OverridePropertyName(nameof(LawForm.Document));
        });
        RuleForEach(f => f.Relations).ChildRules(row =>
        {
            row.RuleFor(r => r.Kind).Must(k => k is { } kind && Enum.IsDefined(kind)).When(r => !r.IsBlank)
                .WithMessage(_ => l["Choose how this law acts on the other one."]);
            row.RuleFor(r => r.TargetId).NotNull().When(r => !r.IsBlank).WithMessage(_ => l["Choose the other law."]);
        });
        RuleFor(f => f.Relations)
            .Must(rows => rows.Where(r => !r.IsBlank).GroupBy(r => (r.Kind, r.TargetId)).All(g => g.Count() == 1))
            .WithMessage(_ => l["The same relation is listed twice."]);
    }
}
