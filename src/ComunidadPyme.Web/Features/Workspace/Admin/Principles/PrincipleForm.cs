using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Admin.Principles;

public sealed class PrincipleForm : IVersionedForm
{
    public Guid Version { get; set; }

    [FieldLabel("Short title")]
    public LocalizedTextForm ShortTitle { get; set; } = new();

    [FieldLabel("Text")]
    public LocalizedTextForm Text { get; set; } = new();
}
