using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceDefinitions
{
    internal const string BrazilSource =
        "Lei Complementar 123, de 14 de dezembro de 2006 (Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte), art. 3";

    private static MsmeDefinition BrazilBefore2012() => Brazil(
        Title("pt", "Microempresa e empresa de pequeno porte (LC 123/2006, art. 3, texto original)",
            "Micro-enterprise and small enterprise (LC 123/2006, art. 3, original text)"),
        BrazilSource + ", redação original, antes da alteração pela LC 139/2011",
        microCeiling: 240_000m, smallCeiling: 2_400_000m, validFrom: new DateOnly(2006, 12, 15), validTo: new DateOnly(2011, 12, 31));

    private static MsmeDefinition BrazilBefore2018() => Brazil(
        Title("pt", "Microempresa e empresa de pequeno porte (LC 123/2006, art. 3), antes da LC 155/2016",
            "Micro-enterprise and small enterprise (LC 123/2006, art. 3), before LC 155/2016"),
        BrazilSource + ", com a redação da LC 139/2011 (em vigor desde 2012), antes da alteração pela LC 155/2016",
        microCeiling: 360_000m, smallCeiling: 3_600_000m, validFrom: new DateOnly(2012, 1, 1), validTo: new DateOnly(2017, 12, 31));

    private static MsmeDefinition BrazilFrom2018() => Brazil(
        Title("pt", "Microempresa e empresa de pequeno porte (LC 123/2006, art. 3, alterada pela LC 155/2016)",
            "Micro-enterprise and small enterprise (LC 123/2006, art. 3, as amended by LC 155/2016)"),
        BrazilSource + ", com a redação da LC 155/2016",
        microCeiling: 360_000m, smallCeiling: 4_800_000m, validFrom: new DateOnly(2018, 1, 1), validTo: null);

    private static MsmeDefinition Brazil(
        TranslatableText title, string legalSource, decimal microCeiling, decimal smallCeiling, DateOnly? validFrom, DateOnly? validTo) => new()
        {
            Title = title,
            LegalSource = legalSource,
            SourceUrl = "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp123.htm",
            CheckedOn = CheckedOn,
            ValidFrom = validFrom,
            ValidTo = validTo,
            MonetaryUnit = "BRL",
            MonetaryUnitKind = UnitKind.Currency,
            Thresholds = [Turnover(SizeClass.Micro, microCeiling), Turnover(SizeClass.Small, smallCeiling)],
            Notes = Notes(
                "Criterion: gross annual revenue. The statute has no medium class. Limits: micro-enterprise BRL 240,000 and EPP (empresa de pequeno porte) BRL 2,400,000 until 2011; BRL 360,000 and 3,600,000 from 2012 (LC 139/2011); EPP BRL 4,800,000 from 2018 (LC 155/2016). A sole trader may register as an individual micro-entrepreneur (MEI) up to BRL 36,000 a year from July 2009 (LC 128/2008), BRL 60,000 from 2012 and BRL 81,000 from 2018.",
                "Criterio: ingreso bruto anual. La ley no establece una categoría de empresa mediana. Límites: microempresa 240.000 BRL y EPP (empresa de pequeno porte) 2.400.000 BRL hasta 2011; 360.000 y 3.600.000 BRL desde 2012 (LC 139/2011); EPP 4.800.000 BRL desde 2018 (LC 155/2016). Un empresario individual puede registrarse como microemprendedor individual (MEI) con hasta 36.000 BRL al año desde julio de 2009 (LC 128/2008), 60.000 BRL desde 2012 y 81.000 BRL desde 2018.",
                "Critério: receita bruta anual. O estatuto não prevê a categoria de média empresa. Limites: microempresa R$ 240.000 e EPP (empresa de pequeno porte) R$ 2.400.000 até 2011; R$ 360.000 e R$ 3.600.000 a partir de 2012 (LC 139/2011); EPP R$ 4.800.000 a partir de 2018 (LC 155/2016). O empresário individual pode registrar-se como microempreendedor individual (MEI) com até R$ 36.000 por ano a partir de julho de 2009 (LC 128/2008), R$ 60.000 a partir de 2012 e R$ 81.000 a partir de 2018.",
                "Critère : recettes brutes annuelles. Le statut ne prévoit pas de catégorie de moyenne entreprise. Plafonds : micro-entreprise 240 000 BRL et EPP (empresa de pequeno porte) 2 400 000 BRL jusqu'en 2011 ; 360 000 et 3 600 000 BRL à partir de 2012 (LC 139/2011) ; EPP 4 800 000 BRL à partir de 2018 (LC 155/2016). Un entrepreneur individuel peut s'enregistrer comme micro-entrepreneur individuel (MEI) jusqu'à 36 000 BRL par an à partir de juillet 2009 (LC 128/2008), 60 000 BRL à partir de 2012 et 81 000 BRL à partir de 2018."),
        };

    private static MsmeDefinition Chile() => new()
    {
        Title = Title("es", "Empresas de menor tamaño: micro, pequeña y mediana empresa (Ley 20.416, art. 2)",
            "Smaller enterprises: micro, small and medium enterprises (Law 20.416, art. 2)"),
        LegalSource = "Ley 20.416 (Estatuto PYME), publicada el 3 de febrero de 2010, art. 2",
        SourceUrl = "https://www.bcn.cl/leychile/navegar?idNorma=1010668",
        CheckedOn = CheckedOn,
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
        LegalSource = "Ley 30056, publicada en El Peruano el 2 de julio de 2013, que modifica la Ley MYPE (Ley 28015)",
        SourceUrl = "https://busquedas.elperuano.pe/normaslegales/ley-que-modifica-diversas-leyes-para-facilitar-la-inversion-ley-n-30056-956689-1/",
        CheckedOn = CheckedOn,
        ValidFrom = new DateOnly(2013, 7, 3),
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
