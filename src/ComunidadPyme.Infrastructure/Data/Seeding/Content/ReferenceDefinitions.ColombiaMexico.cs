using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferenceDefinitions
{
    private static MsmeDefinition Colombia() => new()
    {
        Title = Title("es", "Clasificación de las micro, pequeñas y medianas empresas por ingresos (Decreto 957 de 2019)",
            "Classification of micro, small and medium enterprises by income (Decree 957 of 2019)"),
        LegalSource = "Decreto 957 de 5 de junio de 2019 (reglamenta el art. 2 de la Ley 590 de 2000), vigente desde el 5 de diciembre de 2019",
        CheckedOn = CheckedOn,
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
        LegalSource = "Acuerdo de estratificación de las micro, pequeñas y medianas empresas, Diario Oficial de la Federación, 30 de junio de 2009",
        CheckedOn = CheckedOn,
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

    /// <summary>
    /// The law's own strata, by workers only; in force beside the 2009 Acuerdo's combined score, and the two
    /// can disagree (many workers, modest sales).
    /// </summary>
    private static MsmeDefinition MexicoLawStrata() => new()
    {
        Title = Title("es", "Estratificación por número de trabajadores (Ley para el Desarrollo de la Competitividad de la MIPYME, art. 3)",
            "Size classes by number of workers (Law for the Development of the Competitiveness of MSMEs, art. 3)"),
        LegalSource = "Ley para el Desarrollo de la Competitividad de la Micro, Pequeña y Mediana Empresa, DOF 30 de diciembre de 2002, art. 3, fracción III",
        SourceUrl = "https://www.diputados.gob.mx/LeyesBiblio/ref/ldcmpme.htm",
        CheckedOn = CheckedOn,
        Thresholds =
        [
            Employees(SizeClass.Micro, 10),
            Employees(SizeClass.Small, 50, EconomicSector.Manufacturing),
            Employees(SizeClass.Small, 30, EconomicSector.Commerce),
            Employees(SizeClass.Small, 50, EconomicSector.Services),
            Employees(SizeClass.Medium, 250, EconomicSector.Manufacturing),
            Employees(SizeClass.Medium, 100, EconomicSector.Commerce),
            Employees(SizeClass.Medium, 100, EconomicSector.Services),
        ],
        Notes = Notes(
            "Criterion: number of workers, by sector (industry, commerce, services). The Acuerdo of 30 June 2009 adds annual sales and decides the size by a combined score, so an enterprise with many workers and modest sales can be small under the Acuerdo and medium or large under these strata: programmes say which one they use.",
            "Criterio: número de trabajadores, por sector (industria, comercio, servicios). El Acuerdo del 30 de junio de 2009 agrega las ventas anuales y decide el tamaño por un puntaje combinado, de modo que una empresa con muchos trabajadores y ventas modestas puede ser pequeña según el Acuerdo y mediana o grande según estos estratos: cada programa indica cuál aplica.",
            "Critério: número de trabalhadores, por setor (indústria, comércio, serviços). O Acuerdo de 30 de junho de 2009 acrescenta as vendas anuais e decide o porte por uma pontuação combinada; assim, uma empresa com muitos trabalhadores e vendas modestas pode ser pequena segundo o Acuerdo e média ou grande segundo estes estratos: cada programa indica qual aplica.",
            "Critère : nombre de travailleurs, par secteur (industrie, commerce, services). L'Acuerdo du 30 juin 2009 y ajoute le chiffre d'affaires annuel et fixe la taille par un score combiné : une entreprise comptant beaucoup de travailleurs et un chiffre d'affaires modeste peut donc être petite selon l'Acuerdo et moyenne ou grande selon ces strates ; chaque programme indique celle qu'il applique."),
    };
}
