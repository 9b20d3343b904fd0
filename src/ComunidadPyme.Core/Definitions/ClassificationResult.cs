namespace ComunidadPyme.Core.Definitions;

/// <summary>
/// The calculator's answer for one definition, with enough detail to explain it: which thresholds it
/// applied (and for which sector), the weighted score when there is one, and which inputs are still needed.
/// </summary>
public sealed record ClassificationResult
{
    private ClassificationResult(ClassificationOutcome outcome, ClassificationMethod method)
    {
        Outcome = outcome;
        Method = method;
    }

    public ClassificationOutcome Outcome { get; }

    public ClassificationMethod Method { get; }

    /// <summary>Set only when <see cref="Outcome"/> is <see cref="ClassificationOutcome.Classified"/>.</summary>
    public SizeClass? SizeClass { get; private init; }

    /// <summary>Inputs still needed, in the order Employees, AnnualTurnover, Assets, Sector.</summary>
    public IReadOnlyList<MissingInput> Missing { get; private init; } = [];

    /// <summary>Whose sector's thresholds were used; null when the definition does not vary by sector.</summary>
    public EconomicSector? SectorApplied { get; private init; }

    /// <summary>True when the enterprise's sector had no thresholds and the definition's fallback sector was used.</summary>
    public bool UsedFallbackSector { get; private init; }

    /// <summary>The weighted score, for <see cref="ClassificationMethod.WeightedScore"/> definitions.</summary>
    public decimal? Score { get; private init; }

    /// <summary>
    /// The thresholds the enterprise was measured against (rows for all sectors plus the applied sector's),
    /// ordered by size class, so the explanation can show the rule and its bounds.
    /// </summary>
    public IReadOnlyList<SizeThreshold> ThresholdsApplied { get; private init; } = [];

    public static ClassificationResult NotInForce(ClassificationMethod method) =>
        new(ClassificationOutcome.NotInForce, method);

    public static ClassificationResult SectorNotCovered(ClassificationMethod method) =>
        new(ClassificationOutcome.SectorNotCovered, method);

    public static ClassificationResult NotEnoughInformation(
        ClassificationMethod method,
        IReadOnlyList<MissingInput> missing,
        EconomicSector? sectorApplied = null,
        bool usedFallbackSector = false,
        IReadOnlyList<SizeThreshold>? thresholdsApplied = null) =>
        new(ClassificationOutcome.NotEnoughInformation, method)
        {
            Missing = missing,
            SectorApplied = sectorApplied,
            UsedFallbackSector = usedFallbackSector,
            ThresholdsApplied = thresholdsApplied ?? [],
        };

    public static ClassificationResult Classified(
        ClassificationMethod method,
        SizeClass sizeClass,
        IReadOnlyList<SizeThreshold> thresholdsApplied,
        EconomicSector? sectorApplied = null,
        bool usedFallbackSector = false,
        decimal? score = null) =>
        new(ClassificationOutcome.Classified, method)
        {
            SizeClass = sizeClass,
            ThresholdsApplied = thresholdsApplied,
            SectorApplied = sectorApplied,
            UsedFallbackSector = usedFallbackSector,
            Score = score,
        };

    public static ClassificationResult AboveDefinedClasses(
        ClassificationMethod method,
        IReadOnlyList<SizeThreshold> thresholdsApplied,
        EconomicSector? sectorApplied = null,
        bool usedFallbackSector = false,
        decimal? score = null) =>
        new(ClassificationOutcome.AboveDefinedClasses, method)
        {
            ThresholdsApplied = thresholdsApplied,
            SectorApplied = sectorApplied,
            UsedFallbackSector = usedFallbackSector,
            Score = score,
        };
}

public enum ClassificationOutcome
{
    /// <summary>The enterprise falls in a size class, Large included when the definition defines Medium.</summary>
    Classified = 1,

    /// <summary>Some input the definition uses was not given; <see cref="ClassificationResult.Missing"/> lists it.</summary>
    NotEnoughInformation = 2,

    /// <summary>The definition is not valid on the date asked.</summary>
    NotInForce = 3,

    /// <summary>The definition has no thresholds for the enterprise's sector and no fallback sector.</summary>
    SectorNotCovered = 4,

    /// <summary>
    /// The enterprise exceeds the largest class the definition defines, and the definition has no medium
    /// class (Brazil's LC 123 stops at small), so calling it large would claim more than the law says.
    /// </summary>
    AboveDefinedClasses = 5,
}

/// <summary>An input a definition needs before it can classify an enterprise, in the order the calculator asks for them.</summary>
public enum MissingInput
{
    Employees = 1,
    AnnualTurnover = 2,
    Assets = 3,
    Sector = 4,
}
