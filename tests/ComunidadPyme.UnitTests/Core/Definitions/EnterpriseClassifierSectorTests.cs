using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.UnitTests.Core.Definitions;

/// <summary>Sector-specific definitions, with Colombia's Decreto 957 of 2019 (UVT) as the example.</summary>
public class EnterpriseClassifierSectorTests
{
    private static DateOnly Today => new(2024, 6, 1);

    public static TheoryData<EconomicSector, decimal, SizeClass> ColombianBounds => new()
    {
        { EconomicSector.Manufacturing, 23_563m, SizeClass.Micro },
        { EconomicSector.Manufacturing, 23_563.01m, SizeClass.Small },
        { EconomicSector.Manufacturing, 204_995m, SizeClass.Small },
        { EconomicSector.Manufacturing, 204_995.01m, SizeClass.Medium },
        { EconomicSector.Manufacturing, 1_736_565m, SizeClass.Medium },
        { EconomicSector.Manufacturing, 1_736_565.01m, SizeClass.Large },
        { EconomicSector.Services, 32_988m, SizeClass.Micro },
        { EconomicSector.Services, 32_988.01m, SizeClass.Small },
        { EconomicSector.Services, 131_951m, SizeClass.Small },
        { EconomicSector.Services, 131_951.01m, SizeClass.Medium },
        { EconomicSector.Services, 483_034m, SizeClass.Medium },
        { EconomicSector.Services, 483_034.01m, SizeClass.Large },
        { EconomicSector.Commerce, 44_769m, SizeClass.Micro },
        { EconomicSector.Commerce, 44_769.01m, SizeClass.Small },
        { EconomicSector.Commerce, 431_196m, SizeClass.Small },
        { EconomicSector.Commerce, 431_196.01m, SizeClass.Medium },
        { EconomicSector.Commerce, 2_160_692m, SizeClass.Medium },
        { EconomicSector.Commerce, 2_160_692.01m, SizeClass.Large },
    };

    [Theory]
    [MemberData(nameof(ColombianBounds))]
    public void ClassifiesWithTheSectorsOwnInclusiveBounds(EconomicSector sector, decimal turnover, SizeClass expected)
    {
        var result = EnterpriseClassifier.Classify(
            OfficialDefinitions.Colombia(), new EnterpriseFacts(AnnualTurnover: turnover, Sector: sector), Today);

        Assert.Equal(ClassificationOutcome.Classified, result.Outcome);
        Assert.Equal(expected, result.SizeClass);
        Assert.Equal(sector, result.SectorApplied);
        Assert.False(result.UsedFallbackSector);
    }

    [Fact]
    public void ReportsTheAppliedSectorsThresholdsInClassOrder()
    {
        var facts = new EnterpriseFacts(AnnualTurnover: 100_000m, Sector: EconomicSector.Commerce);

        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Colombia(), facts, Today);

        Assert.Equal([44_769m, 431_196m, 2_160_692m], result.ThresholdsApplied.Select(t => t.MaxTurnover!.Value));
        Assert.All(result.ThresholdsApplied, t => Assert.Equal(EconomicSector.Commerce, t.Sector));
    }

    [Theory]
    [InlineData(20_000, SizeClass.Micro)]
    [InlineData(30_000, SizeClass.Small)]
    [InlineData(1_736_566, SizeClass.Large)]
    public void UsesManufacturingThresholdsForAgriculture(int turnover, SizeClass expected)
    {
        var facts = new EnterpriseFacts(AnnualTurnover: turnover, Sector: EconomicSector.Agriculture);

        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Colombia(), facts, Today);

        Assert.Equal(ClassificationOutcome.Classified, result.Outcome);
        Assert.Equal(expected, result.SizeClass);
        Assert.Equal(EconomicSector.Manufacturing, result.SectorApplied);
        Assert.True(result.UsedFallbackSector);
    }

    [Fact]
    public void ClassifiesTheSameTurnoverDifferentlyBySector()
    {
        var colombia = OfficialDefinitions.Colombia();

        var services = EnterpriseClassifier.Classify(
            colombia, new EnterpriseFacts(AnnualTurnover: 150_000m, Sector: EconomicSector.Services), Today);
        var commerce = EnterpriseClassifier.Classify(
            colombia, new EnterpriseFacts(AnnualTurnover: 150_000m, Sector: EconomicSector.Commerce), Today);

        Assert.Equal(SizeClass.Medium, services.SizeClass);
        Assert.Equal(SizeClass.Small, commerce.SizeClass);
    }

    [Fact]
    public void AsksForTheSectorWhenOnlyTurnoverIsGiven()
    {
        var result = EnterpriseClassifier.Classify(
            OfficialDefinitions.Colombia(), new EnterpriseFacts(AnnualTurnover: 10_000m), Today);

        Assert.Equal(ClassificationOutcome.NotEnoughInformation, result.Outcome);
        Assert.Equal([MissingInput.Sector], result.Missing);
        Assert.Null(result.SizeClass);
        Assert.Null(result.SectorApplied);
    }

    [Fact]
    public void AsksForTurnoverAndSectorWhenNothingIsGiven()
    {
        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Colombia(), new EnterpriseFacts(Employees: 8), Today);

        Assert.Equal(ClassificationOutcome.NotEnoughInformation, result.Outcome);
        Assert.Equal([MissingInput.AnnualTurnover, MissingInput.Sector], result.Missing);
    }

    [Fact]
    public void ReportsSectorNotCoveredWhenTheSectorHasNoThresholdsAndThereIsNoFallback()
    {
        var definition = OfficialDefinitions.Colombia();
        definition.FallbackSector = null;

        var result = EnterpriseClassifier.Classify(
            definition, new EnterpriseFacts(AnnualTurnover: 10_000m, Sector: EconomicSector.Mining), Today);

        Assert.Equal(ClassificationOutcome.SectorNotCovered, result.Outcome);
        Assert.Null(result.SizeClass);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void ReportsSectorNotCoveredRatherThanAskingForInputsThatCouldNotHelp()
    {
        var result = EnterpriseClassifier.Classify(
            OfficialDefinitions.Mexico(), new EnterpriseFacts(Sector: EconomicSector.Agriculture), Today);

        Assert.Equal(ClassificationOutcome.SectorNotCovered, result.Outcome);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void ReturnsNotInForceBeforeDecreto957TookEffect()
    {
        var facts = new EnterpriseFacts(AnnualTurnover: 10_000m, Sector: EconomicSector.Commerce);

        var result = EnterpriseClassifier.Classify(OfficialDefinitions.Colombia(), facts, new DateOnly(2019, 12, 4));

        Assert.Equal(ClassificationOutcome.NotInForce, result.Outcome);
    }
}
