using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Core.Programmes;

/// <summary>A public programme that supports MSMEs: credit, guarantees, training, export promotion.</summary>
public class SupportProgramme : CountryContent
{
    public int? InstitutionId { get; set; }
    public TranslatableText Name { get; set; } = new();
    public TranslatableText? Description { get; set; }
    public ProgrammeType Type { get; set; }
    public TargetGroups TargetGroups { get; set; } = TargetGroups.AllMsmes;
    public string? Url { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    public Institution? Institution { get; set; }

    public bool IsActiveOn(DateOnly date) =>
        (StartsOn is null || StartsOn <= date) && (EndsOn is null || date <= EndsOn);
}
