namespace ComunidadPyme.Core.Definitions;

/// <summary>
/// Applies an <see cref="MsmeDefinition"/> to what is known of an enterprise. Bounds are inclusive
/// ("up to"); above every class an enterprise is Large, but only when the definition defines a medium
/// class, because a law that stops at small (Brazil) says nothing about larger firms.
/// </summary>
public static class EnterpriseClassifier
{
    /// <exception cref="ArgumentOutOfRangeException">An input is negative.</exception>
    /// <exception cref="InvalidOperationException">
    /// The definition cannot classify anyone: it has no bounds, or scores without weights.
    /// </exception>
    public static ClassificationResult Classify(MsmeDefinition definition, EnterpriseFacts facts, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(facts);
        ThrowIfNegative(facts);

        if (!definition.IsValidOn(on))
        {
            return ClassificationResult.NotInForce(definition.Method);
        }

        if (!definition.IsSectorSpecific)
        {
            return Apply(definition, facts, Ordered(definition.Thresholds), sectorApplied: null, usedFallbackSector: false);
        }

        if (facts.Sector is not { } sector)
        {
            // Which rows apply depends on the sector, so ask for everything that any sector would need.
            List<MissingInput> missing = [.. MissingCriteria(definition, facts, definition.Thresholds), MissingInput.Sector];
            return ClassificationResult.NotEnoughInformation(definition.Method, missing);
        }

        var applied = Covers(definition, sector) ? sector : definition.FallbackSector;
        if (applied is not { } appliedSector || !Covers(definition, appliedSector))
        {
            return ClassificationResult.SectorNotCovered(definition.Method);
        }

        // Rows without a sector hold for every sector (Mexico's micro class), so they join the sector's rows.
        var thresholds = Ordered(definition.Thresholds.Where(t => t.Sector is null || t.Sector == appliedSector));
        return Apply(definition, facts, thresholds, appliedSector, usedFallbackSector: appliedSector != sector);
    }

    private static ClassificationResult Apply(
        MsmeDefinition definition,
        EnterpriseFacts facts,
        IReadOnlyList<SizeThreshold> thresholds,
        EconomicSector? sectorApplied,
        bool usedFallbackSector)
    {
        var method = definition.Method;
        var missing = MissingCriteria(definition, facts, thresholds);
        if (missing.Count > 0)
        {
            return ClassificationResult.NotEnoughInformation(method, missing, sectorApplied, usedFallbackSector, thresholds);
        }

        // A row with no bound for this method defines nothing; counting it would make its class catch everyone.
        var bounding = thresholds.Where(t => Bounds(method, t)).ToList();
        if (bounding.Count == 0)
        {
            throw new InvalidOperationException(
                $"Definition {definition.Id} ({definition.LegalSource}) has no bounds to classify with.");
        }

        var score = method == ClassificationMethod.WeightedScore ? Score(definition, facts) : (decimal?)null;
        var classesSmallestFirst = bounding
            .Where(t => t.SizeClass != SizeClass.Large)
            .GroupBy(t => t.SizeClass)
            .OrderBy(rows => rows.Key);
        foreach (var rows in classesSmallestFirst)
        {
            if (rows.All(t => Fits(t, facts, score)))
            {
                return ClassificationResult.Classified(method, rows.Key, thresholds, sectorApplied, usedFallbackSector, score);
            }
        }

        return bounding.Any(t => t.SizeClass == SizeClass.Medium)
            ? ClassificationResult.Classified(method, SizeClass.Large, thresholds, sectorApplied, usedFallbackSector, score)
            : ClassificationResult.AboveDefinedClasses(method, thresholds, sectorApplied, usedFallbackSector, score);
    }

    private static List<MissingInput> MissingCriteria(
        MsmeDefinition definition, EnterpriseFacts facts, IEnumerable<SizeThreshold> thresholds)
    {
        var scored = definition.Method == ClassificationMethod.WeightedScore;
        var missing = new List<MissingInput>();
        if (facts.Employees is null && (scored || thresholds.Any(t => t.MaxEmployees is not null)))
        {
            missing.Add(MissingInput.Employees);
        }

        if (facts.AnnualTurnover is null && (scored || thresholds.Any(t => t.MaxTurnover is not null)))
        {
            missing.Add(MissingInput.AnnualTurnover);
        }

        if (facts.Assets is null && !scored && thresholds.Any(t => t.MaxAssets is not null))
        {
            missing.Add(MissingInput.Assets);
        }

        return missing;
    }

    private static decimal Score(MsmeDefinition definition, EnterpriseFacts facts)
    {
        if (definition.EmployeeWeight is not { } employeeWeight || definition.TurnoverWeight is not { } turnoverWeight)
        {
            throw new InvalidOperationException(
                $"Definition {definition.Id} ({definition.LegalSource}) uses a weighted score but has no weights.");
        }

        var scale = definition.TurnoverScoreScale ?? 1m;
        if (scale <= 0)
        {
            throw new InvalidOperationException(
                $"Definition {definition.Id} ({definition.LegalSource}) has a turnover scale of {scale}.");
        }

        // MissingCriteria has already made sure both inputs were given.
        return facts.Employees.GetValueOrDefault() * employeeWeight
               + facts.AnnualTurnover.GetValueOrDefault() / scale * turnoverWeight;
    }

    private static bool Bounds(ClassificationMethod method, SizeThreshold threshold) =>
        method == ClassificationMethod.WeightedScore
            ? threshold.MaxScore is not null
            : threshold.MaxEmployees is not null || threshold.MaxTurnover is not null || threshold.MaxAssets is not null;

    private static bool Fits(SizeThreshold threshold, EnterpriseFacts facts, decimal? score) =>
        score is { } value
            ? value <= threshold.MaxScore
            : Within(facts.Employees, threshold.MaxEmployees)
              && Within(facts.AnnualTurnover, threshold.MaxTurnover)
              && Within(facts.Assets, threshold.MaxAssets);

    private static bool Within(decimal? value, decimal? max) => max is null || value <= max;

    private static bool Covers(MsmeDefinition definition, EconomicSector sector) =>
        definition.Thresholds.Any(t => t.Sector == sector);

    private static List<SizeThreshold> Ordered(IEnumerable<SizeThreshold> thresholds) =>
        [.. thresholds.OrderBy(t => t.SizeClass).ThenBy(t => t.Sector is null ? 0 : 1)];

    private static void ThrowIfNegative(EnterpriseFacts facts)
    {
        if (facts.Employees is { } employees)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(employees, $"{nameof(facts)}.{nameof(EnterpriseFacts.Employees)}");
        }

        if (facts.AnnualTurnover is { } turnover)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(turnover, $"{nameof(facts)}.{nameof(EnterpriseFacts.AnnualTurnover)}");
        }

        if (facts.Assets is { } assets)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(assets, $"{nameof(facts)}.{nameof(EnterpriseFacts.Assets)}");
        }
    }
}
