using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>The calculator's page: the form, each definition in force applied, and those not in force listed.</summary>
public sealed record MsmeCheckViewModel(
    CountryHeader Country,
    DateOnly Today,
    MsmeCheckForm Form,
    bool HasDefinitions,
    IReadOnlyList<DefinitionCheck> Checks,
    IReadOnlyList<MsmeDefinition> NotInForce)
{
    /// <summary>True once the visitor gave valid input and the definitions in force were applied to it.</summary>
    public bool Answered => Checks.Count > 0;
}
