using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.UnitTests.Core.Definitions;

/// <summary>
/// The definitions compiled in shared/data/msme-definitions.md, built fresh for each test so that no test can
/// change another's data.
/// </summary>
internal static class OfficialDefinitions
{
    // LC 139/2011 set 360,000 / 3,600,000 from 2012; LC 155/2016 raised the EPP ceiling from 2018.
    public static MsmeDefinition BrazilBefore2018() =>
        Turnover("Lei Complementar 123/2006, art. 3 (LC 139/2011)", "BRL", UnitKind.Currency,
            new DateOnly(2012, 1, 1), new DateOnly(2017, 12, 31), micro: 360_000m, small: 3_600_000m);

    public static MsmeDefinition BrazilFrom2018() =>
        Turnover("Lei Complementar 123/2006, art. 3 (LC 155/2016)", "BRL", UnitKind.Currency,
            new DateOnly(2018, 1, 1), validTo: null, micro: 360_000m, small: 4_800_000m);

    public static MsmeDefinition Chile() =>
        Turnover("Ley 20.416 (Estatuto PYME), art. 2", "UF", UnitKind.IndexedUnit,
            new DateOnly(2010, 2, 3), validTo: null, micro: 2_400m, small: 25_000m, medium: 100_000m);

    public static MsmeDefinition Peru() =>
        Turnover("Ley 30056", "UIT", UnitKind.IndexedUnit,
            new DateOnly(2013, 7, 3), validTo: null, micro: 150m, small: 1_700m, medium: 2_300m);

    public static MsmeDefinition Colombia()
    {
        var definition = Define("Decreto 957 de 2019", "UVT", UnitKind.IndexedUnit, new DateOnly(2019, 12, 5), null);
        definition.FallbackSector = EconomicSector.Manufacturing;
        AddSector(definition, EconomicSector.Manufacturing, 23_563m, 204_995m, 1_736_565m);
        AddSector(definition, EconomicSector.Services, 32_988m, 131_951m, 483_034m);
        AddSector(definition, EconomicSector.Commerce, 44_769m, 431_196m, 2_160_692m);
        return definition;
    }

    /// <summary>
    /// Mexico's Acuerdo of 30 Jun 2009. The worker and sales ranges of its table are stored too, as the
    /// portal shows them, but the combined score alone decides the class.
    /// </summary>
    public static MsmeDefinition Mexico()
    {
        var definition = Define("Acuerdo de estratificación de las MIPYMES, DOF 30 Jun 2009", "MXN",
            UnitKind.Currency, new DateOnly(2009, 6, 30), null);
        definition.Method = ClassificationMethod.WeightedScore;
        definition.EmployeeWeight = 0.1m;
        definition.TurnoverWeight = 0.9m;
        definition.TurnoverScoreScale = 1_000_000m;
        definition.Thresholds =
        [
            Scored(SizeClass.Micro, null, 10, 4m, 4.6m),
            Scored(SizeClass.Small, EconomicSector.Commerce, 30, 100m, 93m),
            Scored(SizeClass.Small, EconomicSector.Manufacturing, 50, 100m, 95m),
            Scored(SizeClass.Small, EconomicSector.Services, 50, 100m, 95m),
            Scored(SizeClass.Medium, EconomicSector.Commerce, 100, 250m, 235m),
            Scored(SizeClass.Medium, EconomicSector.Services, 100, 250m, 235m),
            Scored(SizeClass.Medium, EconomicSector.Manufacturing, 250, 250m, 250m),
        ];
        return definition;
    }

    public static MsmeDefinition Define(
        string legalSource, string unit, UnitKind unitKind, DateOnly? validFrom, DateOnly? validTo) =>
        new()
        {
            Title = TranslatableText.In(Languages.Spanish, legalSource),
            LegalSource = legalSource,
            MonetaryUnit = unit,
            MonetaryUnitKind = unitKind,
            ValidFrom = validFrom,
            ValidTo = validTo,
        };

    private static MsmeDefinition Turnover(
        string legalSource, string unit, UnitKind unitKind, DateOnly validFrom, DateOnly? validTo,
        decimal micro, decimal small, decimal? medium = null)
    {
        var definition = Define(legalSource, unit, unitKind, validFrom, validTo);
        definition.Thresholds.Add(new SizeThreshold { SizeClass = SizeClass.Micro, MaxTurnover = micro });
        definition.Thresholds.Add(new SizeThreshold { SizeClass = SizeClass.Small, MaxTurnover = small });
        if (medium is not null)
        {
            definition.Thresholds.Add(new SizeThreshold { SizeClass = SizeClass.Medium, MaxTurnover = medium });
        }

        return definition;
    }

    private static void AddSector(
        MsmeDefinition definition, EconomicSector sector, decimal micro, decimal small, decimal medium)
    {
        definition.Thresholds.Add(new SizeThreshold { SizeClass = SizeClass.Micro, Sector = sector, MaxTurnover = micro });
        definition.Thresholds.Add(new SizeThreshold { SizeClass = SizeClass.Small, Sector = sector, MaxTurnover = small });
        definition.Thresholds.Add(new SizeThreshold { SizeClass = SizeClass.Medium, Sector = sector, MaxTurnover = medium });
    }

    private static SizeThreshold Scored(
        SizeClass sizeClass, EconomicSector? sector, int maxWorkers, decimal maxSalesMillions, decimal maxScore) =>
        new()
        {
            SizeClass = sizeClass,
            Sector = sector,
            MaxEmployees = maxWorkers,
            MaxTurnover = maxSalesMillions * 1_000_000m,
            MaxScore = maxScore,
        };
}
