using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Core.Programmes;

namespace ComunidadPyme.Web.Features.CountryProfile;

/// <summary>The calculator's page: the form, each definition in force applied, and those not in force listed.</summary>
public sealed record MsmeCheckViewModel(
    CountryHeader Country,
    DateOnly Today,
    MsmeCheckForm Form,
    bool HasDefinitions,
    IReadOnlyList<DefinitionCheck> Checks,
    IReadOnlyList<MsmeDefinition> NotInForce,
    IReadOnlyList<ProgrammeItem> ActiveProgrammes,
    InstitutionItem? Authority = null)
{
    /// <summary>True once the visitor gave valid input and the definitions in force were applied to it.</summary>
    public bool Answered => Checks.Count > 0;

    /// <summary>The size classes the definitions in force gave, smallest first (Large included).</summary>
    public IReadOnlyList<SizeClass> ClassesFound =>
        [.. Checks.Select(c => c.Result?.SizeClass).OfType<SizeClass>().Distinct().Order()];

    /// <summary>
    /// True when two definitions in force give different answers (Mexico's law strata and its 2009 Acuerdo), or
    /// one classifies the enterprise while another finds it above every class it defines.
    /// </summary>
    public bool DefinitionsDisagree =>
        ClassesFound.Count > 1
        || (ClassesFound.Count == 1 && Checks.Any(c => c.Result?.Outcome == ClassificationOutcome.AboveDefinedClasses)
            && ClassesFound[0] != SizeClass.Large);

    /// <summary>The checks that gave an answer (a class, or above every class), for the comparison of answers.</summary>
    public IReadOnlyList<DefinitionCheck> Answers =>
        [.. Checks.Where(c => c.Result?.Outcome is ClassificationOutcome.Classified or ClassificationOutcome.AboveDefinedClasses)];

    /// <summary>The active programmes open to enterprises of a class: those for all MSMEs or for that class.</summary>
    public IReadOnlyList<ProgrammeItem> ProgrammesOpenTo(SizeClass sizeClass) => sizeClass switch
    {
        SizeClass.Large => [],
        _ => [.. ActiveProgrammes.Where(p => p.TargetGroups.HasFlag(TargetGroups.AllMsmes) || p.TargetGroups.HasFlag(GroupOf(sizeClass)))],
    };

    private static TargetGroups GroupOf(SizeClass sizeClass) => sizeClass switch
    {
        SizeClass.Micro => TargetGroups.MicroEnterprises,
        SizeClass.Small => TargetGroups.SmallEnterprises,
        _ => TargetGroups.MediumEnterprises,
    };
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

    /// <summary>What the definition measures, in the order the calculator asks for it, to explain why answers differ.</summary>
    public IReadOnlyList<MissingInput> Criteria
    {
        get
        {
            var thresholds = Definition.Thresholds;
            if (Definition.Method == ClassificationMethod.WeightedScore)
            {
                return [MissingInput.Employees, MissingInput.AnnualTurnover];
            }

            (MissingInput Input, bool Used)[] criteria =
            [
                (MissingInput.Employees, thresholds.Any(t => t.MaxEmployees is not null)),
                (MissingInput.AnnualTurnover, thresholds.Any(t => t.MaxTurnover is not null)),
                (MissingInput.Assets, thresholds.Any(t => t.MaxAssets is not null)),
            ];
            return [.. criteria.Where(c => c.Used).Select(c => c.Input)];
        }
    }

    /// <summary>The largest class the definition defines, for "above the classes this law defines".</summary>
    public SizeClass? LargestDefinedClass =>
        Result?.ThresholdsApplied.Where(t => t.SizeClass != SizeClass.Large).Select(t => (SizeClass?)t.SizeClass).Max();
}
