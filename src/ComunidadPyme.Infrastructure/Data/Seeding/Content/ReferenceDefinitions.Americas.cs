using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Definitions beyond the shared reference file, each checked on an official page or in the legal text
/// (research of 7 Dec 2026). A definition the calculator cannot apply (a choice of criteria, or one standard
/// per industry) is recorded without thresholds: the page explains the rule and points to its source.
/// </summary>
public static partial class ReferenceDefinitions
{
    private static MsmeDefinition Argentina()
    {
        var definition = new MsmeDefinition
        {
            Title = Title("es", "Categorización MiPyME por ventas totales anuales (Resolución 220/2019, valores de la Resolución 54/2025)",
                "MSME categories by total annual sales (Resolution 220/2019, values of Resolution 54/2025)"),
            LegalSource = "Resolución 220/2019 (ex SEPyME), actualizada por la Resolución 54/2025 (Secretaría de la Pequeña y Mediana Empresa, Emprendedores y Economía del Conocimiento); Ley 24.467, art. 2",
            SourceUrl = "https://servicioscf.afip.gob.ar/publico/sitio/contenido/novedad/ver.aspx?id=3101",
            CheckedOn = CheckedOn,
            MonetaryUnit = "ARS",
            Notes = Notes(
                "Criterion: total annual sales (average of the last three years, without VAT), in pesos, by sector; industry and mining share one scale. The medium class has two tiers: the table gives the upper limit of tier 2. Staff and asset limits apply only to some activities listed in the resolution. The values are updated periodically: check the latest resolution.",
                "Criterio: ventas totales anuales (promedio de los últimos tres ejercicios, sin IVA), en pesos, por sector; industria y minería comparten una escala. La categoría mediana tiene dos tramos: el cuadro da el límite superior del tramo 2. Los límites de personal y de activos se aplican solo a algunas actividades enumeradas en la resolución. Los valores se actualizan periódicamente: consulte la última resolución.",
                "Critério: vendas totais anuais (média dos últimos três exercícios, sem IVA), em pesos, por setor; indústria e mineração compartilham uma escala. A categoria média tem duas faixas: a tabela dá o limite superior da faixa 2. Os limites de pessoal e de ativos aplicam-se apenas a algumas atividades listadas na resolução. Os valores são atualizados periodicamente: consulte a resolução mais recente.",
                "Critère : ventes totales annuelles (moyenne des trois derniers exercices, hors TVA), en pesos, par secteur ; l'industrie et les mines partagent un barème. La catégorie moyenne compte deux tranches : le tableau donne la limite supérieure de la tranche 2. Les limites d'effectif et d'actifs ne s'appliquent qu'à certaines activités énumérées dans la résolution. Les valeurs sont actualisées périodiquement : consultez la dernière résolution."),
        };
        (EconomicSector Sector, decimal Micro, decimal Small, decimal Medium)[] scales =
        [
            (EconomicSector.Construction, 569_050_000m, 3_376_460_000m, 28_254_420_000m),
            (EconomicSector.Services, 266_790_000m, 1_608_430_000m, 19_012_110_000m),
            (EconomicSector.Commerce, 1_371_080_000m, 9_766_640_000m, 66_319_160_000m),
            (EconomicSector.Manufacturing, 940_600_000m, 7_028_260_000m, 101_070_840_000m),
            (EconomicSector.Mining, 940_600_000m, 7_028_260_000m, 101_070_840_000m),
            (EconomicSector.Agriculture, 661_490_000m, 2_436_680_000m, 22_744_110_000m),
        ];
        definition.Thresholds =
        [
            .. scales.SelectMany(s => new[]
            {
                Turnover(SizeClass.Micro, s.Micro, s.Sector),
                Turnover(SizeClass.Small, s.Small, s.Sector),
                Turnover(SizeClass.Medium, s.Medium, s.Sector),
            }),
        ];
        return definition;
    }

    private static MsmeDefinition Panama() => new()
    {
        Title = Title("es", "Micro, pequeña y mediana empresa según ingresos brutos anuales (Ley 33 de 2000, art. 2)",
            "Micro, small and medium enterprises by gross annual income (Law 33 of 2000, art. 2)"),
        LegalSource = "Ley 33 de 25 de julio de 2000 (Gaceta Oficial 24106, 28 de julio de 2000), art. 2, modificada por la Ley 72 de 2009",
        CheckedOn = CheckedOn,
        MonetaryUnit = "PAB",
        Thresholds = [Turnover(SizeClass.Micro, 150_000m), Turnover(SizeClass.Small, 1_000_000m), Turnover(SizeClass.Medium, 2_500_000m)],
        Notes = Notes(
            "Criterion: gross annual income or turnover only, in balboas (at par with the US dollar).",
            "Criterio: solo los ingresos brutos o la facturación anuales, en balboas (a la par con el dólar estadounidense).",
            "Critério: apenas a receita bruta ou o faturamento anuais, em balboas (ao par com o dólar dos Estados Unidos).",
            "Critère : uniquement les recettes brutes ou le chiffre d'affaires annuels, en balboas (à parité avec le dollar des États-Unis)."),
    };

    private static MsmeDefinition AntiguaAndBarbuda() => new()
    {
        Title = Title("en", "Small business (Small Business Development Act, 2007, s. 3)", "Small business (Small Business Development Act, 2007, s. 3)"),
        LegalSource = "Small Business Development Act, 2007 (No. 24 of 2007), s. 3",
        SourceUrl = "https://abipco.gov.ag/small-business-development/",
        CheckedOn = CheckedOn,
        MonetaryUnit = "XCD",
        Thresholds = [Bounds(SizeClass.Small, 25, 2_000_000m)],
        Notes = Notes(
            "One class only: a small business has no more than 25 employees and total annual sales up to EC$2,000,000, and must also have a capital investment up to EC$3,000,000, not be owned by or a subsidiary of a larger company, and be majority-owned by citizens (foreign-owned firms qualify only under further conditions). The calculator checks employees and sales only.",
            "Una sola categoría: una pequeña empresa tiene como máximo 25 empleados y ventas anuales de hasta 2.000.000 XCD, y además una inversión de capital de hasta 3.000.000 XCD, no pertenece a una empresa mayor ni es su filial y es mayoritariamente de propiedad de nacionales (las de propiedad extranjera solo califican con otras condiciones). La calculadora solo comprueba los empleados y las ventas.",
            "Uma única categoria: a pequena empresa tem no máximo 25 empregados e vendas anuais de até XCD 2.000.000, e ainda investimento de capital de até XCD 3.000.000, não pertence a uma empresa maior nem é sua subsidiária e é majoritariamente de propriedade de nacionais (as de propriedade estrangeira só se qualificam sob outras condições). A calculadora verifica apenas os empregados e as vendas.",
            "Une seule catégorie : une petite entreprise compte au plus 25 salariés et un chiffre d'affaires annuel d'au plus 2 000 000 XCD ; elle doit aussi avoir un investissement en capital d'au plus 3 000 000 XCD, ne pas appartenir à une entreprise plus grande ni en être une filiale, et appartenir majoritairement à des nationaux (les entreprises à capitaux étrangers ne sont admises qu'à d'autres conditions). Le calculateur ne vérifie que l'effectif et le chiffre d'affaires."),
    };

    private static MsmeDefinition SaintLucia() => new()
    {
        Title = Title("en", "Micro and small enterprises (Micro and Small Scale Business Enterprises Act)", "Micro and small enterprises (Micro and Small Scale Business Enterprises Act)"),
        LegalSource = "Micro and Small Scale Business Enterprises Act, No. 19 of 1998 (Cap. 13.19), as amended",
        SourceUrl = "http://commerce.gov.lc/departments/view/1",
        CheckedOn = CheckedOn,
        MonetaryUnit = "XCD",
        Thresholds = [Bounds(SizeClass.Micro, 5, 100_000m, 75_000m), Bounds(SizeClass.Small, 50, 1_000_000m, 500_000m)],
        Notes = Notes(
            "Criteria: persons employed, annual sales and (net) assets, in Eastern Caribbean dollars; every limit must be met, and a small enterprise must be locally owned. The Act has no medium class.",
            "Criterios: personas empleadas, ventas anuales y activos (netos), en dólares del Caribe Oriental; deben cumplirse todos los límites, y la pequeña empresa debe ser de propiedad local. La ley no tiene categoría mediana.",
            "Critérios: pessoas empregadas, vendas anuais e ativos (líquidos), em dólares do Caribe Oriental; todos os limites devem ser respeitados, e a pequena empresa deve ser de propriedade local. A lei não tem categoria média.",
            "Critères : personnes employées, chiffre d'affaires annuel et actifs (nets), en dollars des Caraïbes orientales ; toutes les limites doivent être respectées et la petite entreprise doit appartenir à des résidents. La loi ne prévoit pas de catégorie moyenne."),
    };
}
