using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceDefinitions
{
    private static MsmeDefinition Colombia() => new()
    {
        Title = Title("es", "Clasificación de las micro, pequeñas y medianas empresas por ingresos (Decreto 957 de 2019)",
            "Classification of micro, small and medium enterprises by income (Decree 957 of 2019)"),
        LegalSource = "Decreto 957 of 5 Jun 2019 (regulating art. 2 of Ley 590 de 2000), in force 5 Dec 2019",
        ValidFrom = new DateOnly(2019, 12, 5),
        MonetaryUnit = "UVT",
        MonetaryUnitKind = UnitKind.IndexedUnit,
        FallbackSector = EconomicSector.Manufacturing,
        Thresholds =
        [
            Turnover(SizeClass.Micro, 23_563m, EconomicSector.Manufacturing),
            Turnover(SizeClass.Small, 204_995m, EconomicSector.Manufacturing),
            Turnover(SizeClass.Medium, 1_736_565m, EconomicSector.Manufacturing),
            Turnover(SizeClass.Micro, 32_988m, EconomicSector.Services),
            Turnover(SizeClass.Small, 131_951m, EconomicSector.Services),
            Turnover(SizeClass.Medium, 483_034m, EconomicSector.Services),
            Turnover(SizeClass.Micro, 44_769m, EconomicSector.Commerce),
            Turnover(SizeClass.Small, 431_196m, EconomicSector.Commerce),
            Turnover(SizeClass.Medium, 2_160_692m, EconomicSector.Commerce),
        ],
        Notes = Notes(
            "Criterion: ordinary annual income, in UVT, by sector. A firm outside manufacturing, services and commerce uses the manufacturing thresholds. Earlier definitions used employees and assets.",
            "Criterio: ingresos por actividades ordinarias anuales, en UVT, por sector. Una empresa que no pertenece a la manufactura, los servicios ni el comercio aplica los umbrales de la manufactura. Las definiciones anteriores usaban el número de empleados y los activos.",
            "Critério: receitas anuais de atividades ordinárias, em UVT, por setor. Uma empresa fora da indústria de transformação, dos serviços e do comércio aplica os limites da indústria de transformação. As definições anteriores usavam o número de empregados e os ativos.",
            "Critère : produits annuels des activités ordinaires, en UVT, par secteur. Une entreprise hors de l'industrie manufacturière, des services et du commerce applique les seuils de l'industrie manufacturière. Les définitions antérieures utilisaient le nombre de salariés et les actifs."),
    };

    private static MsmeDefinition Mexico() => new()
    {
        Title = Title("es", "Estratificación de las micro, pequeñas y medianas empresas (Acuerdo, DOF 30/06/2009)",
            "Size classes of micro, small and medium enterprises (Agreement, DOF 30 June 2009)"),
        LegalSource = "Acuerdo de estratificación de las micro, pequeñas y medianas empresas, Diario Oficial de la Federación, 30 Jun 2009",
        Method = ClassificationMethod.WeightedScore,
        MonetaryUnit = "MXN",
        MonetaryUnitKind = UnitKind.Currency,
        EmployeeWeight = 0.1m,
        TurnoverWeight = 0.9m,
        TurnoverScoreScale = 1_000_000m,
        Thresholds =
        [
            Scored(SizeClass.Micro, null, 10, 4_000_000m, 4.6m),
            Scored(SizeClass.Small, EconomicSector.Commerce, 30, 100_000_000m, 93m),
            Scored(SizeClass.Small, EconomicSector.Manufacturing, 50, 100_000_000m, 95m),
            Scored(SizeClass.Small, EconomicSector.Services, 50, 100_000_000m, 95m),
            Scored(SizeClass.Medium, EconomicSector.Commerce, 100, 250_000_000m, 235m),
            Scored(SizeClass.Medium, EconomicSector.Services, 100, 250_000_000m, 235m),
            Scored(SizeClass.Medium, EconomicSector.Manufacturing, 250, 250_000_000m, 250m),
        ],
        Notes = Notes(
            "Criteria: workers and annual sales, by sector, combined. The size is decided by a combined score = workers × 10% + annual sales (million MXN) × 90%, which must not exceed the class's \"tope máximo combinado\": micro 4.6; small commerce 93, small industry and services 95; medium commerce and services 235, medium industry 250.",
            "Criterios: trabajadores y ventas anuales, por sector, combinados. El tamaño se determina por un puntaje combinado = trabajadores × 10% + ventas anuales (millones de MXN) × 90%, que no debe superar el tope máximo combinado de la categoría: micro 4,6; pequeña comercio 93, pequeña industria y servicios 95; mediana comercio y servicios 235, mediana industria 250.",
            "Critérios: trabalhadores e vendas anuais, por setor, combinados. O porte é decidido por uma pontuação combinada = trabalhadores × 10% + vendas anuais (milhões de MXN) × 90%, que não deve exceder o \"tope máximo combinado\" da categoria: micro 4,6; pequena comércio 93, pequena indústria e serviços 95; média comércio e serviços 235, média indústria 250.",
            "Critères : travailleurs et chiffre d'affaires annuel, par secteur, combinés. La taille est déterminée par un score combiné = travailleurs × 10 % + chiffre d'affaires annuel (millions de MXN) × 90 %, qui ne doit pas dépasser le « tope máximo combinado » de la catégorie : micro 4,6 ; petite commerce 93, petite industrie et services 95 ; moyenne commerce et services 235, moyenne industrie 250."),
    };
}
