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

/// <summary>
/// One definition applied to the visitor's enterprise. <see cref="Result"/> is null when the definition's
/// own data cannot classify anyone (no bounds, a score without weights): the page then points to the source.
/// </summary>
public sealed record DefinitionCheck(MsmeDefinition Definition, EnterpriseFacts Facts, ClassificationResult? Result)
{
    /// <summary>The cap of the weighted score for the class found, for the explanation of Mexico's rule.</summary>
    public decimal? ScoreCap =>
        Result?.ThresholdsApplied.FirstOrDefault(t => t.SizeClass == Result.SizeClass && t.MaxScore is not null)?.MaxScore;

    /// <summary>The largest class the definition defines, for "above the classes this law defines".</summary>
    public SizeClass? LargestDefinedClass =>
        Result?.ThresholdsApplied.Where(t => t.SizeClass != SizeClass.Large).Select(t => (SizeClass?)t.SizeClass).Max();
}
