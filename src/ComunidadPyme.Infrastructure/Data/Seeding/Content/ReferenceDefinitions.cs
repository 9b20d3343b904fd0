using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Official MSME definitions compiled from the legal texts (shared/data/msme-definitions.md). Each comes with
/// the ISO code of its country, because a definition holds only a CountryId and countries are keyed by the seeder.
/// </summary>
public static partial class ReferenceDefinitions
{
    /// <summary>When the thresholds below were last checked against their sources.</summary>
    public static readonly DateOnly CheckedOn = new(2026, 12, 7);

    /// <summary>Each definition with its country and the official number of the law it cites, when the portal holds that law.</summary>
    public static IReadOnlyList<(string Iso2, MsmeDefinition Definition, string? LawNumber)> All() =>
    [
        ("BR", BrazilBefore2012(), "Lei Complementar 123/2006"),
        ("BR", BrazilBefore2018(), "Lei Complementar 123/2006"),
        ("BR", BrazilFrom2018(), "Lei Complementar 123/2006"),
        ("CL", Chile(), "Ley 20.416"),
        ("PE", Peru(), "Ley 30056"),
        ("CO", Colombia(), "Decreto 957 de 2019"),
        ("MX", Mexico(), "Acuerdo DOF 30/06/2009"),
        ("MX", MexicoLawStrata(), "LDCMIPYME (DOF 30/12/2002)"),
        ("AR", Argentina(), "Resolución 220/2019"),
        ("PA", Panama(), "Ley 33 de 2000"),
        ("AG", AntiguaAndBarbuda(), "Act No. 24 of 2007"),
        ("LC", SaintLucia(), "Act No. 19 of 1998 (Cap. 13.19)"),
        ("BB", Barbados(), null),
        ("US", UnitedStates(), null),
        ("CA", Canada(), null),
    ];

    private static TranslatableText Title(string language, string original, string english) =>
        new() { Language = language, Original = original, En = english };

    /// <summary>Every note starts with the caution that the figures were compiled, not issued, by the portal.</summary>
    private static TranslatableText Notes(string en, string es, string pt, string fr) => new()
    {
        Language = Languages.English,
        Original = "Compiled from the legal text; check the official source. " + en,
        Es = "Recopilado a partir del texto legal; consulte la fuente oficial. " + es,
        Pt = "Compilado a partir do texto legal; consulte a fonte oficial. " + pt,
        Fr = "Établi à partir du texte juridique ; vérifiez la source officielle. " + fr,
    };

    private static SizeThreshold Turnover(SizeClass sizeClass, decimal maxTurnover, EconomicSector? sector = null) =>
        new() { SizeClass = sizeClass, Sector = sector, MaxTurnover = maxTurnover };

    private static SizeThreshold Bounds(
        SizeClass sizeClass, int? maxEmployees, decimal? maxTurnover, decimal? maxAssets = null) => new()
        {
            SizeClass = sizeClass,
            MaxEmployees = maxEmployees,
            MaxTurnover = maxTurnover,
            MaxAssets = maxAssets,
        };

    private static SizeThreshold Employees(SizeClass sizeClass, int maxEmployees, EconomicSector? sector = null) =>
        new() { SizeClass = sizeClass, Sector = sector, MaxEmployees = maxEmployees };

    private static SizeThreshold Scored(
        SizeClass sizeClass, EconomicSector? sector, int maxEmployees, decimal maxTurnover, decimal maxScore) => new()
        {
            SizeClass = sizeClass,
            Sector = sector,
            MaxEmployees = maxEmployees,
            MaxTurnover = maxTurnover,
            MaxScore = maxScore,
        };
}
