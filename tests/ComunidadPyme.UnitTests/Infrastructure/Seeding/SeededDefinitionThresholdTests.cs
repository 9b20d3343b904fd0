using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Infrastructure.Data.Seeding.Content;

namespace ComunidadPyme.UnitTests.Infrastructure.Seeding;

/// <summary>
/// Every official definition the portal ships, applied at each of its thresholds and just above it. The
/// expected classes are read from the legal texts (shared reference file), not from the seeded rows.
/// </summary>
public sealed class SeededDefinitionThresholdTests
{
    private static readonly DateOnly s_today = new(2026, 12, 7);

    public static TheoryData<string, string, string, EconomicSector?, int?, decimal?, string> Table => new()
    {
        // Brazil, LC 123/2006 art. 3 as amended by LC 155/2016: ME up to 360,000, EPP up to 4,800,000 BRL; no medium class.
        { "BR", "com a redação da LC 155/2016", "2026-12-07", null, null, 360_000m, "Micro" },
        { "BR", "com a redação da LC 155/2016", "2026-12-07", null, null, 360_000.01m, "Small" },
        { "BR", "com a redação da LC 155/2016", "2026-12-07", null, null, 4_800_000m, "Small" },
        { "BR", "com a redação da LC 155/2016", "2026-12-07", null, null, 4_800_000.01m, "AboveDefinedClasses" },

        // Brazil, LC 123/2006 as first enacted, until 2011: 240,000 and 2,400,000 BRL.
        { "BR", "redação original", "2010-06-30", null, null, 240_000m, "Micro" },
        { "BR", "redação original", "2010-06-30", null, null, 240_000.01m, "Small" },
        { "BR", "redação original", "2010-06-30", null, null, 2_400_000m, "Small" },
        { "BR", "redação original", "2010-06-30", null, null, 2_400_000.01m, "AboveDefinedClasses" },
        { "BR", "redação original", "2012-01-01", null, null, 100_000m, "NotInForce" },

        // Brazil, 2012–2017 (LC 139/2011): 360,000 and 3,600,000 BRL.
        { "BR", "antes da alteração pela LC 155", "2015-06-30", null, null, 360_000m, "Micro" },
        { "BR", "antes da alteração pela LC 155", "2015-06-30", null, null, 360_000.01m, "Small" },
        { "BR", "antes da alteração pela LC 155", "2015-06-30", null, null, 3_600_000m, "Small" },
        { "BR", "antes da alteração pela LC 155", "2015-06-30", null, null, 3_600_000.01m, "AboveDefinedClasses" },

        // Chile, Ley 20.416 art. 2: 2,400 / 25,000 / 100,000 UF.
        { "CL", "Ley 20.416", "2026-12-07", null, null, 2_400m, "Micro" },
        { "CL", "Ley 20.416", "2026-12-07", null, null, 2_400.01m, "Small" },
        { "CL", "Ley 20.416", "2026-12-07", null, null, 25_000m, "Small" },
        { "CL", "Ley 20.416", "2026-12-07", null, null, 25_000.01m, "Medium" },
        { "CL", "Ley 20.416", "2026-12-07", null, null, 100_000m, "Medium" },
        { "CL", "Ley 20.416", "2026-12-07", null, null, 100_000.01m, "Large" },

        // Peru, Ley 30056: 150 / 1,700 / 2,300 UIT.
        { "PE", "Ley 30056", "2026-12-07", null, null, 150m, "Micro" },
        { "PE", "Ley 30056", "2026-12-07", null, null, 150.01m, "Small" },
        { "PE", "Ley 30056", "2026-12-07", null, null, 1_700m, "Small" },
        { "PE", "Ley 30056", "2026-12-07", null, null, 1_700.01m, "Medium" },
        { "PE", "Ley 30056", "2026-12-07", null, null, 2_300m, "Medium" },
        { "PE", "Ley 30056", "2026-12-07", null, null, 2_300.01m, "Large" },

        // Colombia, Decreto 957 de 2019, in UVT by sector.
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Manufacturing, null, 23_563m, "Micro" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Manufacturing, null, 23_563.01m, "Small" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Manufacturing, null, 204_995m, "Small" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Manufacturing, null, 204_995.01m, "Medium" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Manufacturing, null, 1_736_565m, "Medium" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Manufacturing, null, 1_736_565.01m, "Large" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Services, null, 32_988m, "Micro" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Services, null, 32_988.01m, "Small" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Services, null, 131_951m, "Small" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Services, null, 131_951.01m, "Medium" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Services, null, 483_034m, "Medium" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Services, null, 483_034.01m, "Large" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Commerce, null, 44_769m, "Micro" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Commerce, null, 44_769.01m, "Small" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Commerce, null, 431_196m, "Small" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Commerce, null, 431_196.01m, "Medium" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Commerce, null, 2_160_692m, "Medium" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Commerce, null, 2_160_692.01m, "Large" },
        { "CO", "Decreto 957", "2026-12-07", EconomicSector.Agriculture, null, 23_563.01m, "Small" },

        // Mexico, Acuerdo of 30 Jun 2009: workers × 10% + sales (million MXN) × 90% at most the combined cap.
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Commerce, 10, 4_000_000m, "Micro" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Commerce, 10, 4_000_001m, "Small" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Commerce, 30, 100_000_000m, "Small" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Commerce, 30, 100_000_001m, "Medium" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Commerce, 100, 250_000_000m, "Medium" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Commerce, 100, 250_000_001m, "Large" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Manufacturing, 50, 100_000_000m, "Small" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Manufacturing, 50, 100_000_001m, "Medium" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Manufacturing, 250, 250_000_000m, "Medium" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Manufacturing, 250, 250_000_001m, "Large" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Services, 50, 100_000_000m, "Small" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Services, 50, 100_000_001m, "Medium" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Services, 100, 250_000_000m, "Medium" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Services, 100, 250_000_001m, "Large" },
        { "MX", "Acuerdo", "2026-12-07", EconomicSector.Commerce, 200, 50_000_000m, "Small" },

        // Mexico, the law's strata (art. 3): workers only, by sector.
        { "MX", "art. 3", "2026-12-07", EconomicSector.Commerce, 10, null, "Micro" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Commerce, 11, null, "Small" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Commerce, 30, null, "Small" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Commerce, 31, null, "Medium" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Commerce, 100, null, "Medium" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Commerce, 101, null, "Large" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Commerce, 200, null, "Large" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Manufacturing, 10, null, "Micro" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Manufacturing, 50, null, "Small" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Manufacturing, 51, null, "Medium" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Manufacturing, 250, null, "Medium" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Manufacturing, 251, null, "Large" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Services, 11, null, "Small" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Services, 50, null, "Small" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Services, 51, null, "Medium" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Services, 100, null, "Medium" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Services, 101, null, "Large" },
        { "MX", "art. 3", "2026-12-07", EconomicSector.Agriculture, 5, null, "SectorNotCovered" },

        // Argentina, Res. 220/2019 with the values of Res. 54/2025: total annual sales in ARS by sector; medium = tier 2.
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Services, null, 266_790_000m, "Micro" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Services, null, 266_790_000.01m, "Small" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Services, null, 1_608_430_000m, "Small" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Services, null, 1_608_430_000.01m, "Medium" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Services, null, 19_012_110_000m, "Medium" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Services, null, 19_012_110_000.01m, "Large" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Commerce, null, 1_371_080_000m, "Micro" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Commerce, null, 9_766_640_000.01m, "Medium" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Commerce, null, 66_319_160_000m, "Medium" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Commerce, null, 66_319_160_000.01m, "Large" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Manufacturing, null, 940_600_000m, "Micro" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Mining, null, 7_028_260_000m, "Small" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Mining, null, 101_070_840_000.01m, "Large" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Construction, null, 569_050_000.01m, "Small" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Construction, null, 28_254_420_000m, "Medium" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Agriculture, null, 661_490_000m, "Micro" },
        { "AR", "Resolución 54/2025", "2026-12-07", EconomicSector.Agriculture, null, 2_436_680_000.01m, "Medium" },

        // Panama, Ley 33 de 2000, art. 2: gross annual income in balboas.
        { "PA", "Ley 33", "2026-12-07", null, null, 150_000m, "Micro" },
        { "PA", "Ley 33", "2026-12-07", null, null, 150_000.01m, "Small" },
        { "PA", "Ley 33", "2026-12-07", null, null, 1_000_000m, "Small" },
        { "PA", "Ley 33", "2026-12-07", null, null, 1_000_000.01m, "Medium" },
        { "PA", "Ley 33", "2026-12-07", null, null, 2_500_000m, "Medium" },
        { "PA", "Ley 33", "2026-12-07", null, null, 2_500_000.01m, "Large" },

        // Antigua and Barbuda, Small Business Development Act 2007, s. 3: one class, 25 employees and EC$2,000,000.
        { "AG", "No. 24 of 2007", "2026-12-07", null, 25, 2_000_000m, "Small" },
        { "AG", "No. 24 of 2007", "2026-12-07", null, 26, 1_000m, "AboveDefinedClasses" },
        { "AG", "No. 24 of 2007", "2026-12-07", null, 10, 2_000_000.01m, "AboveDefinedClasses" },

        // Canada, ISED's statistical convention: small 1–99, medium 100–499 paid employees.
        { "CA", "Key Small Business Statistics", "2026-12-07", null, 99, null, "Small" },
        { "CA", "Key Small Business Statistics", "2026-12-07", null, 100, null, "Medium" },
        { "CA", "Key Small Business Statistics", "2026-12-07", null, 499, null, "Medium" },
        { "CA", "Key Small Business Statistics", "2026-12-07", null, 500, null, "Large" },
    };

    [Theory]
    [InlineData(5, 100_000, 75_000, "Micro")]
    [InlineData(6, 100_000, 75_000, "Small")]
    [InlineData(5, 100_000.01, 75_000, "Small")]
    [InlineData(5, 100_000, 75_000.01, "Small")]
    [InlineData(50, 1_000_000, 500_000, "Small")]
    [InlineData(51, 1_000_000, 500_000, "AboveDefinedClasses")]
    [InlineData(50, 1_000_000, 500_000.01, "AboveDefinedClasses")]
    public void AppliesSaintLuciasThreeLimitsTogether(int persons, double sales, double assets, string expected)
    {
        var definition = Single("LC", "No. 19 of 1998");

        var result = EnterpriseClassifier.Classify(definition, new EnterpriseFacts(persons, (decimal)sales, (decimal)assets), s_today);

        Assert.Equal(expected, result.Outcome == ClassificationOutcome.Classified ? result.SizeClass.ToString() : result.Outcome.ToString());
    }

    [Theory]
    [InlineData("BB", "at least two of four criteria")]
    [InlineData("US", "size standard for each industry")]
    public void RecordsRulesTheCalculatorCannotApplyWithoutThresholds(string iso2, string explained)
    {
        var definition = Assert.Single(ReferenceDefinitions.All(), d => d.Iso2 == iso2).Definition;

        Assert.Empty(definition.Thresholds);
        Assert.Contains(explained, definition.Notes!.Original, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() =>
            EnterpriseClassifier.Classify(definition, new EnterpriseFacts(10, 100_000m), s_today));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void ClassifiesAtEachThresholdAndJustAboveIt(
        string iso2, string sourceContains, string on, EconomicSector? sector, int? employees, decimal? turnover, string expected)
    {
        var definition = Single(iso2, sourceContains);

        var result = EnterpriseClassifier.Classify(definition, new EnterpriseFacts(employees, turnover, Sector: sector),
            DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));

        var found = result.Outcome == ClassificationOutcome.Classified ? result.SizeClass.ToString() : result.Outcome.ToString();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void EveryShippedDefinitionIsInTheTable()
    {
        var tested = Table.Select(row => ((string)row[0], (string)row[1])).Distinct().ToList();

        foreach (var (iso2, definition, _) in ReferenceDefinitions.All().Where(d => d.Definition.Thresholds.Count > 0 && d.Iso2 != "LC"))
        {
            Assert.True(tested.Count(t => t.Item1 == iso2 && definition.LegalSource.Contains(t.Item2, StringComparison.Ordinal)) == 1,
                $"{iso2} {definition.LegalSource} has no rows in the threshold table");
        }
    }

    [Fact]
    public void BothMexicanDefinitionsAreInForceAndDisagreeAboutTwoHundredShopWorkers()
    {
        var facts = new EnterpriseFacts(200, 50_000_000m, Sector: EconomicSector.Commerce);

        var answers = ReferenceDefinitions.All().Where(d => d.Iso2 == "MX")
            .Select(d => EnterpriseClassifier.Classify(d.Definition, facts, s_today).SizeClass).ToList();

        Assert.Equal([SizeClass.Small, SizeClass.Large], answers.Order());
    }

    private static MsmeDefinition Single(string iso2, string sourceContains) =>
        Assert.Single(ReferenceDefinitions.All(),
            d => d.Iso2 == iso2 && d.Definition.LegalSource.Contains(sourceContains, StringComparison.Ordinal)).Definition;
}
