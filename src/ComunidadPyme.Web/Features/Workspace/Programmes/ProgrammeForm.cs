using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Programmes;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.Programmes;

public sealed class ProgrammeForm : IVersionedForm
{
    public Guid Version { get; set; }

    [FieldLabel("Name")]
    public TranslatableTextForm Name { get; set; } = new();

    [FieldLabel("Type of programme")]
    public ProgrammeType? Type { get; set; }

    [FieldLabel("Institution")]
    public int? InstitutionId { get; set; }

    [FieldLabel("Target groups")]
    public List<TargetGroups> TargetGroups { get; set; } = [];

    [FieldLabel("Website")]
    public string? Url { get; set; }

    [FieldLabel("Starts on")]
    public DateOnly? StartsOn { get; set; }

    [FieldLabel("Ends on")]
    public DateOnly? EndsOn { get; set; }

    [FieldLabel("Description")]
    public TranslatableTextForm Description { get; set; } = new();
}
