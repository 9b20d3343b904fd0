using System.Globalization;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.UnitTests.Core.Definitions;

/// <summary>
/// Weighted-score definitions, with Mexico's Acuerdo of 30 Jun 2009 as the example:
/// score = workers × 0.1 + sales in millions of MXN × 0.9, at most the class's combined cap.
/// </summary>
public class EnterpriseClassifierScoreTests
{
    private static DateOnly Today => new(2024, 6, 1);

    [Theory]
    [InlineData(30, 80_000_000, 75, SizeClass.Small)]
    [InlineData(12, 4_200_000, 4.98, SizeClass.Small)]
    [InlineData(5, 4_000_000, 4.1, SizeClass.Micro)]
    public void CombinesWorkersAndSalesIntoTheScore(int workers, int sales, double score, SizeClass expected)
    {
        var facts = new EnterpriseFacts(workers, sales, Sector: EconomicSector.Commerce);

        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Mexico(), facts, Today);

        Assert.Equal(ClassificationOutcome.Classified, result.Outcome);
        Assert.Equal((decimal)score, result.Score);
        Assert.Equal(expected, result.SizeClass);
        Assert.Equal(ClassificationMethod.WeightedScore, result.Method);
    }

    [Theory]
    [InlineData(EconomicSector.Commerce, 1, 5_000_000, "4.6", SizeClass.Micro)]
    [InlineData(EconomicSector.Commerce, 1, 5_000_001, "4.6000009", SizeClass.Small)]
    [InlineData(EconomicSector.Manufacturing, 1, 5_000_000, "4.6", SizeClass.Micro)]
    [InlineData(EconomicSector.Services, 1, 5_000_001, "4.6000009", SizeClass.Small)]
    [InlineData(EconomicSector.Commerce, 30, 100_000_000, "93", SizeClass.Small)]
    [InlineData(EconomicSector.Commerce, 30, 100_000_001, "93.0000009", SizeClass.Medium)]
    [InlineData(EconomicSector.Manufacturing, 50, 100_000_000, "95", SizeClass.Small)]
    [InlineData(EconomicSector.Manufacturing, 50, 100_000_001, "95.0000009", SizeClass.Medium)]
    [InlineData(EconomicSector.Services, 50, 100_000_000, "95", SizeClass.Small)]
    [InlineData(EconomicSector.Services, 50, 100_000_001, "95.0000009", SizeClass.Medium)]
    [InlineData(EconomicSector.Commerce, 100, 250_000_000, "235", SizeClass.Medium)]
    [InlineData(EconomicSector.Commerce, 100, 250_000_001, "235.0000009", SizeClass.Large)]
    [InlineData(EconomicSector.Services, 100, 250_000_000, "235", SizeClass.Medium)]
    [InlineData(EconomicSector.Services, 100, 250_000_001, "235.0000009", SizeClass.Large)]
    [InlineData(EconomicSector.Manufacturing, 250, 250_000_000, "250", SizeClass.Medium)]
    [InlineData(EconomicSector.Manufacturing, 250, 250_000_001, "250.0000009", SizeClass.Large)]
    public void ClassifiesAtAndJustAboveEachCombinedCap(
        EconomicSector sector, int workers, int sales, string score, SizeClass expected)
    {
        var facts = new EnterpriseFacts(workers, sales, Sector: sector);

        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Mexico(), facts, Today);

        Assert.Equal(decimal.Parse(score, CultureInfo.InvariantCulture), result.Score);
        Assert.Equal(expected, result.SizeClass);
        Assert.Equal(sector, result.SectorApplied);
    }

    [Fact]
    public void ClassifiesTheSameScoreAsMediumInCommerceButSmallInManufacturing()
    {
        var mexico = OfficialDefinitions.Mexico();

        var commerce = EnterpriseClassifier.Classify(
            mexico, new EnterpriseFacts(40, 100_000_000m, Sector: EconomicSector.Commerce), Today);
        var manufacturing = EnterpriseClassifier.Classify(
            mexico, new EnterpriseFacts(40, 100_000_000m, Sector: EconomicSector.Manufacturing), Today);

        Assert.Equal(94m, commerce.Score);
        Assert.Equal(SizeClass.Medium, commerce.SizeClass);
        Assert.Equal(SizeClass.Small, manufacturing.SizeClass);
    }

    [Fact]
    public void LetsTheScoreDecideEvenWhenSalesExceedTheClassRangeOfTheTable()
    {
        // 4.5 million is above the micro sales range (up to 4), but 0.5 + 4.05 = 4.55 is within the 4.6 cap.
        var facts = new EnterpriseFacts(5, 4_500_000m, Sector: EconomicSector.Services);

        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Mexico(), facts, Today);

        Assert.Equal(4.55m, result.Score);
        Assert.Equal(SizeClass.Micro, result.SizeClass);
    }

    [Fact]
    public void AppliesTheAllSectorsMicroCapTogetherWithTheSectorsOwnCaps()
    {
        var facts = new EnterpriseFacts(5, 4_000_000m, Sector: EconomicSector.Services);

        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Mexico(), facts, Today);

        Assert.Equal(SizeClass.Micro, result.SizeClass);
        Assert.Equal(
            [(SizeClass.Micro, (EconomicSector?)null, 4.6m), (SizeClass.Small, EconomicSector.Services, 95m),
             (SizeClass.Medium, EconomicSector.Services, 235m)],
            result.ThresholdsApplied.Select(t => (t.SizeClass, t.Sector, t.MaxScore!.Value)));
    }

    [Fact]
    public void AsksForWorkersSalesAndSectorWhenNothingIsGiven()
    {
        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Mexico(), new EnterpriseFacts(), Today);

        Assert.Equal(ClassificationOutcome.NotEnoughInformation, result.Outcome);
        Assert.Equal([MissingInput.Employees, MissingInput.AnnualTurnover, MissingInput.Sector], result.Missing);
        Assert.Null(result.Score);
    }

    [Fact]
    public void AsksOnlyForSalesWhenWorkersAndSectorAreGiven()
    {
        var facts = new EnterpriseFacts(Employees: 12, Assets: 1_000_000m, Sector: EconomicSector.Manufacturing);

        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Mexico(), facts, Today);

        Assert.Equal(ClassificationOutcome.NotEnoughInformation, result.Outcome);
        Assert.Equal([MissingInput.AnnualTurnover], result.Missing);
        Assert.Equal(EconomicSector.Manufacturing, result.SectorApplied);
    }

    [Fact]
    public void ScoresTurnoverUnscaledWhenTheDefinitionHasNoScale()
    {
        var definition = OfficialDefinitions.Mexico();
        definition.TurnoverScoreScale = null;

        var result = EnterpriseClassifier.Classify(
            definition, new EnterpriseFacts(30, 80m, Sector: EconomicSector.Commerce), Today);

        Assert.Equal(75m, result.Score);
        Assert.Equal(SizeClass.Small, result.SizeClass);
    }

    [Fact]
    public void ThrowsGivenAScoredDefinitionWithoutWeights()
    {
        var definition = OfficialDefinitions.Mexico();
        definition.EmployeeWeight = null;

        Assert.Throws<InvalidOperationException>(() => EnterpriseClassifier.Classify(
            definition, new EnterpriseFacts(5, 1_000_000m, Sector: EconomicSector.Commerce), Today));
    }
}
