using System.Globalization;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.UnitTests.Core.Definitions;

public class EnterpriseClassifierTests
{
    private static DateOnly Today => new(2024, 6, 1);

    public static TheoryData<string, decimal, SizeClass> TurnoverAtAndJustAboveEachBound => new()
    {
        { "Chile", 0m, SizeClass.Micro },
        { "Chile", 2_400m, SizeClass.Micro },
        { "Chile", 2_400.01m, SizeClass.Small },
        { "Chile", 25_000m, SizeClass.Small },
        { "Chile", 25_000.01m, SizeClass.Medium },
        { "Chile", 100_000m, SizeClass.Medium },
        { "Chile", 100_000.01m, SizeClass.Large },
        { "Peru", 150m, SizeClass.Micro },
        { "Peru", 150.01m, SizeClass.Small },
        { "Peru", 1_700m, SizeClass.Small },
        { "Peru", 1_700.01m, SizeClass.Medium },
        { "Peru", 2_300m, SizeClass.Medium },
        { "Peru", 2_300.01m, SizeClass.Large },
        { "Brazil", 360_000m, SizeClass.Micro },
        { "Brazil", 360_000.01m, SizeClass.Small },
        { "Brazil", 4_800_000m, SizeClass.Small },
    };

    [Theory]
    [MemberData(nameof(TurnoverAtAndJustAboveEachBound))]
    public void ClassifiesByTurnoverWithInclusiveUpperBounds(string country, decimal turnover, SizeClass expected)
    {
        var definition = country switch
        {
            "Chile" => OfficialDefinitions.Chile(),
            "Peru" => OfficialDefinitions.Peru(),
            _ => OfficialDefinitions.BrazilFrom2018(),
        };

        var result = EnterpriseClassifier.Classify(definition, new EnterpriseFacts(AnnualTurnover: turnover), Today);

        Assert.Equal(ClassificationOutcome.Classified, result.Outcome);
        Assert.Equal(expected, result.SizeClass);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void ClassifiesAsMicroAtTheMicroBoundInclusive()
    {
        var result = EnterpriseClassifier.Classify(
            OfficialDefinitions.Chile(), new EnterpriseFacts(AnnualTurnover: 2_400m), Today);

        Assert.Equal(SizeClass.Micro, result.SizeClass);
        Assert.Null(result.Score);
        Assert.Equal(ClassificationMethod.AllCriteria, result.Method);
    }

    [Fact]
    public void ReportsAboveDefinedClassesNotLargeWhenTheDefinitionHasNoMediumClass()
    {
        var result = EnterpriseClassifier.Classify(
            OfficialDefinitions.BrazilFrom2018(), new EnterpriseFacts(AnnualTurnover: 4_800_000.01m), Today);

        Assert.Equal(ClassificationOutcome.AboveDefinedClasses, result.Outcome);
        Assert.Null(result.SizeClass);
        Assert.Equal([SizeClass.Micro, SizeClass.Small], result.ThresholdsApplied.Select(t => t.SizeClass));
    }

    [Fact]
    public void ClassifiesBrazilianFirmWith3Point9MillionAsSmallUnderTheDefinitionInForceIn2019()
    {
        var result = EnterpriseClassifier.Classify(
            OfficialDefinitions.BrazilFrom2018(), new EnterpriseFacts(AnnualTurnover: 3_900_000m), new DateOnly(2019, 6, 1));

        Assert.Equal(ClassificationOutcome.Classified, result.Outcome);
        Assert.Equal(SizeClass.Small, result.SizeClass);
    }

    [Fact]
    public void ReportsBrazilianFirmWith3Point9MillionAsAboveDefinedClassesUnderTheDefinitionInForceIn2017()
    {
        var result = EnterpriseClassifier.Classify(
            OfficialDefinitions.BrazilBefore2018(), new EnterpriseFacts(AnnualTurnover: 3_900_000m), new DateOnly(2017, 6, 1));

        Assert.Equal(ClassificationOutcome.AboveDefinedClasses, result.Outcome);
        Assert.Null(result.SizeClass);
    }

    [Theory]
    [InlineData("2017-12-31", ClassificationOutcome.Classified)]
    [InlineData("2018-01-01", ClassificationOutcome.NotInForce)]
    [InlineData("2011-12-31", ClassificationOutcome.NotInForce)]
    [InlineData("2012-01-01", ClassificationOutcome.Classified)]
    public void AppliesTheOldBrazilianDefinitionOnlyWithinItsInclusiveValidity(string on, ClassificationOutcome expected)
    {
        var result = EnterpriseClassifier.Classify(
            OfficialDefinitions.BrazilBefore2018(), new EnterpriseFacts(AnnualTurnover: 1_000_000m), DateOnly.Parse(on, CultureInfo.InvariantCulture));

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public void ReturnsNotInForceBeforeTheDefinitionTakesEffectEvenWithoutInputs()
    {
        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Chile(), new EnterpriseFacts(), new DateOnly(2010, 2, 2));

        Assert.Equal(ClassificationOutcome.NotInForce, result.Outcome);
        Assert.Null(result.SizeClass);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void ListsOnlyTurnoverAsMissingWhenTheDefinitionUsesOnlyTurnover()
    {
        var result = EnterpriseClassifier.Classify(
            OfficialDefinitions.Chile(), new EnterpriseFacts(Employees: 12, Assets: 5_000m), Today);

        Assert.Equal(ClassificationOutcome.NotEnoughInformation, result.Outcome);
        Assert.Equal([MissingInput.AnnualTurnover], result.Missing);
        Assert.Null(result.SizeClass);
    }

    [Fact]
    public void ListsEveryMissingCriterionInTheOrderEmployeesTurnoverAssets()
    {
        var result = EnterpriseClassifier.Classify(ThreeCriteria(), new EnterpriseFacts(), Today);

        Assert.Equal(ClassificationOutcome.NotEnoughInformation, result.Outcome);
        Assert.Equal([MissingInput.Employees, MissingInput.AnnualTurnover, MissingInput.Assets], result.Missing);
    }

    [Fact]
    public void ListsOnlyTheCriteriaStillMissingWhenSomeAreGiven()
    {
        var result = EnterpriseClassifier.Classify(ThreeCriteria(), new EnterpriseFacts(AnnualTurnover: 10m), Today);

        Assert.Equal([MissingInput.Employees, MissingInput.Assets], result.Missing);
    }

    [Theory]
    [InlineData(10, 100, 50, SizeClass.Micro)]
    [InlineData(11, 100, 50, SizeClass.Small)]
    [InlineData(10, 100.01, 50, SizeClass.Small)]
    [InlineData(10, 100, 50.01, SizeClass.Small)]
    [InlineData(50, 1_000, 500, SizeClass.Small)]
    [InlineData(50, 1_000.01, 500, SizeClass.Medium)]
    [InlineData(1, 10, 500.01, SizeClass.Medium)]
    [InlineData(250, 1_000_000, 1_000_000, SizeClass.Medium)]
    [InlineData(251, 10, 5, SizeClass.Large)]
    public void ClassifiesInTheSmallestClassWhoseEveryBoundHoldsTheEnterprise(
        int employees, double turnover, double assets, SizeClass expected)
    {
        var facts = new EnterpriseFacts(employees, (decimal)turnover, (decimal)assets);

        var result = EnterpriseClassifier.Classify(ThreeCriteria(), facts, Today);

        Assert.Equal(ClassificationOutcome.Classified, result.Outcome);
        Assert.Equal(expected, result.SizeClass);
    }

    [Fact]
    public void LeavesSectorUnappliedWhenTheDefinitionDoesNotVaryBySector()
    {
        var facts = new EnterpriseFacts(AnnualTurnover: 3_000m, Sector: EconomicSector.Commerce);

        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Chile(), facts, Today);

        Assert.Equal(SizeClass.Small, result.SizeClass);
        Assert.Null(result.SectorApplied);
        Assert.False(result.UsedFallbackSector);
    }

    [Theory]
    [InlineData(-1, null, null, "facts.Employees")]
    [InlineData(null, -0.01, null, "facts.AnnualTurnover")]
    [InlineData(null, null, -1.0, "facts.Assets")]
    public void ThrowsGivenANegativeInput(int? employees, double? turnover, double? assets, string parameter)
    {
        var facts = new EnterpriseFacts(employees, (decimal?)turnover, (decimal?)assets);

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => EnterpriseClassifier.Classify(OfficialDefinitions.Chile(), facts, Today));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void ThrowsGivenADefinitionWithoutAnyBound()
    {
        var definition = OfficialDefinitions.Define("Draft", "UF", UnitKind.IndexedUnit, null, null);
        definition.Thresholds.Add(new SizeThreshold { SizeClass = SizeClass.Micro });

        Assert.Throws<InvalidOperationException>(
            () => EnterpriseClassifier.Classify(definition, new EnterpriseFacts(AnnualTurnover: 1m), Today));
    }

    /// <summary>Micro up to 10 workers, 100 in turnover and 50 in assets; small 50, 1,000, 500; medium 250 workers only.</summary>
    private static MsmeDefinition ThreeCriteria()
    {
        var definition = OfficialDefinitions.Define("Three criteria", "USD", UnitKind.Currency, null, null);
        definition.Thresholds =
        [
            new SizeThreshold { SizeClass = SizeClass.Medium, MaxEmployees = 250 },
            new SizeThreshold { SizeClass = SizeClass.Micro, MaxEmployees = 10, MaxTurnover = 100m, MaxAssets = 50m },
            new SizeThreshold { SizeClass = SizeClass.Small, MaxEmployees = 50, MaxTurnover = 1_000m, MaxAssets = 500m },
        ];
        return definition;
    }
}
