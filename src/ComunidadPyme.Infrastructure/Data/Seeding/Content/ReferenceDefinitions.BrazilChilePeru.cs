using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceDefinitions
{
    internal const string BrazilSource =
        "Lei Complementar 123, 14 Dec 2006 (Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte), art. 3";

    private static MsmeDefinition BrazilBefore2018() => Brazil(
        Title("pt", "Microempresa e empresa de pequeno porte (LC 123/2006, art. 3), antes da LC 155/2016",
            "Micro-enterprise and small enterprise (LC 123/2006, art. 3), before LC 155/2016"),
        BrazilSource + ", as amended by LC 139/2011 (in force from 2012) and before the amendment by LC 155/2016",
        smallCeiling: 3_600_000m, validFrom: new DateOnly(2012, 1, 1), validTo: new DateOnly(2017, 12, 31));

    private static MsmeDefinition BrazilFrom2018() => Brazil(
        Title("pt", "Microempresa e empresa de pequeno porte (LC 123/2006, art. 3, alterada pela LC 155/2016)",
            "Micro-enterprise and small enterprise (LC 123/2006, art. 3, as amended by LC 155/2016)"),
        BrazilSource + ", as amended (LC 155/2016)",
        smallCeiling: 4_800_000m, validFrom: new DateOnly(2018, 1, 1), validTo: null);

    private static MsmeDefinition Brazil(
        TranslatableText title, string legalSource, decimal smallCeiling, DateOnly? validFrom, DateOnly? validTo) => new()
        {
            Title = title,
            LegalSource = legalSource,
            ValidFrom = validFrom,
            ValidTo = validTo,
            MonetaryUnit = "BRL",
            MonetaryUnitKind = UnitKind.Currency,
            Thresholds = [Turnover(SizeClass.Micro, 360_000m), Turnover(SizeClass.Small, smallCeiling)],
            Notes = Notes(
                "Criterion: gross annual revenue. The statute has no medium class. The EPP (empresa de pequeno porte) ceiling was BRL 3,600,000 before the 2016 amendment (LC 155/2016) took effect in 2018.",
                "Criterio: ingreso bruto anual. La ley no establece una categoría de empresa mediana. El límite de la EPP (empresa de pequeno porte) era de 3.600.000 BRL antes de que la modificación de 2016 (LC 155/2016) entrara en vigor en 2018.",
                "Critério: receita bruta anual. O estatuto não prevê a categoria de média empresa. O teto da EPP (empresa de pequeno porte) era de R$ 3.600.000 antes de a alteração de 2016 (LC 155/2016) entrar em vigor, em 2018.",
                "Critère : recettes brutes annuelles. Le statut ne prévoit pas de catégorie de moyenne entreprise. Le plafond de l'EPP (empresa de pequeno porte) était de 3 600 000 BRL avant l'entrée en vigueur, en 2018, de la modification de 2016 (LC 155/2016)."),
        };

    private static MsmeDefinition Chile() => new()
    {
        Title = Title("es", "Empresas de menor tamaño: micro, pequeña y mediana empresa (Ley 20.416, art. 2)",
            "Smaller enterprises: micro, small and medium enterprises (Law 20.416, art. 2)"),
        LegalSource = "Ley 20.416 (Estatuto PYME), published 3 Feb 2010, art. 2",
        ValidFrom = new DateOnly(2010, 2, 3),
        MonetaryUnit = "UF",
        MonetaryUnitKind = UnitKind.IndexedUnit,
        Thresholds =
        [
            Turnover(SizeClass.Micro, 2_400m),
            Turnover(SizeClass.Small, 25_000m),
            Turnover(SizeClass.Medium, 100_000m),
        ],
        Notes = Notes(
            "Criterion: annual sales net of VAT, in UF (unidades de fomento), a local indexed unit, not a currency.",
            "Criterio: ventas anuales netas de IVA, en UF (unidades de fomento), una unidad local reajustable y no una moneda.",
            "Critério: vendas anuais líquidas de IVA, em UF (unidades de fomento), uma unidade local indexada e não uma moeda.",
            "Critère : chiffre d'affaires annuel hors TVA, en UF (unidades de fomento), une unité locale indexée et non une monnaie."),
    };

    private static MsmeDefinition Peru() => new()
    {
        Title = Title("es", "Micro, pequeña y mediana empresa según ventas anuales en UIT (Ley 30056)",
            "Micro, small and medium enterprises by annual sales in UIT (Law 30056)"),
        LegalSource = "Ley 30056 (2013), amending the MYPE law",
        MonetaryUnit = "UIT",
        MonetaryUnitKind = UnitKind.IndexedUnit,
        Thresholds =
        [
            Turnover(SizeClass.Micro, 150m),
            Turnover(SizeClass.Small, 1_700m),
            Turnover(SizeClass.Medium, 2_300m),
        ],
        Notes = Notes(
            "Criterion: annual sales, in UIT (unidad impositiva tributaria). Before this law, the number of workers also counted (micro: up to 10 workers).",
            "Criterio: ventas anuales, en UIT (unidad impositiva tributaria). Antes de esta ley también se consideraba el número de trabajadores (microempresa: hasta 10 trabajadores).",
            "Critério: vendas anuais, em UIT (unidad impositiva tributaria). Antes desta lei, o número de trabalhadores também era considerado (microempresa: até 10 trabalhadores).",
            "Critère : chiffre d'affaires annuel, en UIT (unidad impositiva tributaria). Avant cette loi, le nombre de travailleurs était aussi pris en compte (microentreprise : jusqu'à 10 travailleurs)."),
    };
}
