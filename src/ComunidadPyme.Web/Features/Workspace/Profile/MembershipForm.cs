using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Web.Features.Workspace.Profile;

/// <summary>A new step of a country's OAS membership history; administrators only.</summary>
public sealed class MembershipForm
{
    public MembershipStatus? Status { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DatePrecision? Precision { get; set; }
    public string? Note { get; set; }
}
