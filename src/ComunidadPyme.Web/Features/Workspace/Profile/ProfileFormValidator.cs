using ComunidadPyme.Core.Common;
using ComunidadPyme.Web.Features.Workspace.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ComunidadPyme.Web.Features.Workspace.Profile;

public sealed class ProfileFormValidator : AbstractValidator<ProfileForm>
{
    public ProfileFormValidator(WorkspaceText<WorkspaceProfileResource> l)
    {
        RuleFor(f => f.PolicyOverview).SetValidator(new TranslatableTextValidator(l, FieldLengths.Summary, required: false, rich: true));
    }
}
