using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Web.Features.CountryProfile;

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
