using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Principles;

public sealed class PrincipleForm : IVersionedForm
{
    public Guid Version { get; set; }

    [FieldLabel("Short title")]
    public LocalizedTextForm ShortTitle { get; set; } = new();

    [FieldLabel("Text")]
    public LocalizedTextForm Text { get; set; } = new();

    [FieldLabel("Concerns women entrepreneurs")]
    public bool ConcernsWomenEntrepreneurs { get; set; }
}

public sealed class PrincipleFormValidator : AbstractValidator<PrincipleForm>
{
    public PrincipleFormValidator(WorkspaceText<AdminPrinciplesResource> l)
    {
        RuleFor(f => f.ShortTitle).SetValidator(new LocalizedTextValidator(l, FieldLengths.Name));
        RuleFor(f => f.Text).SetValidator(new LocalizedTextValidator(l, FieldLengths.Note));
    }
}
