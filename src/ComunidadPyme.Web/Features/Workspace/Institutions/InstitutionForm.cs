using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Institutions;

public sealed class InstitutionForm : IVersionedForm
{
    public Guid Version { get; set; }

    [FieldLabel("Name")]
    public TranslatableTextForm Name { get; set; } = new();

    [FieldLabel("Acronym")]
    public string? Acronym { get; set; }

    [FieldLabel("Kind of institution")]
    public InstitutionKind? Kind { get; set; }

    [FieldLabel("Website")]
    public string? WebsiteUrl { get; set; }

    [FieldLabel("Mandate")]
    public TranslatableTextForm Mandate { get; set; } = new();
}
