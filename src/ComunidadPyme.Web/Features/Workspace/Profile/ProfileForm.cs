using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Profile;

public sealed class ProfileForm : IVersionedForm
{
    public Guid Version { get; set; }

    [FieldLabel("Policy overview")]
    public TranslatableTextForm PolicyOverview { get; set; } = new();
}
