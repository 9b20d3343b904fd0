using ComunidadPyme.Web.Features.Common;
using ComunidadPyme.Core.Countries;
using ComunidadPyme.Web.Features.Workspace.Common;

namespace ComunidadPyme.Web.Features.Workspace.FocalPoints;

public sealed class FocalPointForm : IVersionedForm
{
    public Guid Version { get; set; }

    [FieldLabel("Full name")]
    public string? FullName { get; set; }

    [FieldLabel("Position")]
    public string? Position { get; set; }

    [FieldLabel("Institution")]
    public int? InstitutionId { get; set; }

    [FieldLabel("E-mail")]
    public string? Email { get; set; }

    [FieldLabel("Telephone")]
    public string? Phone { get; set; }

    [FieldLabel("Role")]
    public FocalPointRole? Role { get; set; }

    [FieldLabel("Shown to the public")]
    public List<ContactFields> PublicFields { get; set; } = [];
}
