using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Definitions that are not a single table of limits: Barbados's "two of four criteria", the United States'
/// size standards per industry, and Canada's statistical convention (no legal definition).
/// </summary>
public static partial class ReferenceDefinitions
{
    private static MsmeDefinition Barbados() => new()
    {
        Title = Title("en", "Small business (Small Business Development Act, Cap. 318C, s. 3)", "Small business (Small Business Development Act, Cap. 318C, s. 3)"),
        LegalSource = "Small Business Development Act, 1999-23 (Cap. 318C), s. 3, as amended",
        SourceUrl = "https://commerce.gov.bb/business-development-unit/",
        CheckedOn = CheckedOn,
        MonetaryUnit = "BBD",
        Notes = Notes(
            "One class only. An enterprise is a small business when it meets at least two of four criteria: incorporated under the Companies Act; stated or paid-up capital up to BBD 1,000,000; annual sales up to BBD 2,000,000; no more than 25 employees. Approved small businesses are declared by ministerial order.",
            "Una sola categoría. Una empresa es pequeña cuando cumple al menos dos de cuatro criterios: constituida conforme a la Ley de Sociedades; capital declarado o pagado de hasta 1.000.000 BBD; ventas anuales de hasta 2.000.000 BBD; no más de 25 empleados. Las pequeñas empresas aprobadas se declaran por orden ministerial.",
            "Uma única categoria. Uma empresa é pequena quando cumpre pelo menos dois de quatro critérios: constituída segundo a Lei das Sociedades; capital declarado ou integralizado de até BBD 1.000.000; vendas anuais de até BBD 2.000.000; no máximo 25 empregados. As pequenas empresas aprovadas são declaradas por portaria ministerial.",
            "Une seule catégorie. Une entreprise est petite lorsqu'elle remplit au moins deux de quatre critères : constituée en vertu de la loi sur les sociétés ; capital déclaré ou libéré d'au plus 1 000 000 BBD ; chiffre d'affaires annuel d'au plus 2 000 000 BBD ; au plus 25 salariés. Les petites entreprises agréées sont désignées par arrêté ministériel."),
    };

    private static MsmeDefinition UnitedStates() => new()
    {
        Title = Title("en", "Small business size standards by industry (13 CFR 121.201)", "Small business size standards by industry (13 CFR 121.201)"),
        Scope = DefinitionScope.Agency,
        IssuingBody = "U.S. Small Business Administration",
        LegalSource = "Small Business Act (15 U.S.C. 632); SBA size standards, 13 CFR Part 121, § 121.201",
        SourceUrl = "https://www.ecfr.gov/current/title-13/chapter-I/part-121",
        CheckedOn = CheckedOn,
        MonetaryUnit = "USD",
        Notes = Notes(
            "There is no single threshold and no legal micro or medium class: the SBA sets a size standard for each industry (NAICS code), either an average number of employees (roughly 100 to 1,500) or average annual receipts. Affiliates count. Look up the standard of your industry in the table of 13 CFR 121.201.",
            "No hay un umbral único ni categorías legales de micro o mediana empresa: la SBA fija un estándar de tamaño para cada industria (código NAICS), ya sea un promedio de empleados (aproximadamente de 100 a 1.500) o de ingresos anuales. Se cuentan las empresas afiliadas. Busque el estándar de su industria en el cuadro de 13 CFR 121.201.",
            "Não há um limite único nem categorias legais de micro ou média empresa: a SBA fixa um padrão de porte para cada setor (código NAICS), seja uma média de empregados (aproximadamente de 100 a 1.500) ou de receitas anuais. As afiliadas são consideradas. Consulte o padrão do seu setor na tabela de 13 CFR 121.201.",
            "Il n'existe ni seuil unique ni catégories légales de micro ou de moyenne entreprise : la SBA fixe une norme de taille pour chaque branche (code NAICS), soit un effectif moyen (environ 100 à 1 500 salariés), soit des recettes annuelles moyennes. Les entreprises affiliées sont comptées. Consultez la norme de votre branche dans le tableau du 13 CFR 121.201."),
    };

    private static MsmeDefinition Canada() => new()
    {
        Title = Title("en", "Statistical definition by number of paid employees (Key Small Business Statistics)", "Statistical definition by number of paid employees (Key Small Business Statistics)"),
        Scope = DefinitionScope.Agency,
        IssuingBody = "Innovation, Science and Economic Development Canada",
        LegalSource = "No legal definition; statistical convention of Innovation, Science and Economic Development Canada, Key Small Business Statistics",
        SourceUrl = "http://www.ic.gc.ca/eic/site/061.nsf/eng/02714.html",
        CheckedOn = CheckedOn,
        Thresholds = [Bounds(SizeClass.Small, 99, null), Bounds(SizeClass.Medium, 499, null)],
        Notes = Notes(
            "Canada has no legal definition of MSMEs. Federal statistics count a small business as 1 to 99 paid employees and a medium one as 100 to 499 (micro: 1 to 4, within small); programmes set their own rules.",
            "Canadá no tiene una definición legal de las mipymes. Las estadísticas federales consideran pequeña a la empresa de 1 a 99 empleados remunerados y mediana a la de 100 a 499 (micro: de 1 a 4, dentro de las pequeñas); cada programa fija sus propias reglas.",
            "O Canadá não tem uma definição legal de MPMEs. As estatísticas federais consideram pequena a empresa de 1 a 99 empregados remunerados e média a de 100 a 499 (micro: de 1 a 4, dentro das pequenas); cada programa fixa as suas próprias regras.",
            "Le Canada n'a pas de définition légale des PME. Les statistiques fédérales considèrent comme petite une entreprise de 1 à 99 salariés et comme moyenne une entreprise de 100 à 499 (micro : 1 à 4, parmi les petites) ; chaque programme fixe ses propres règles."),
    };
}
