using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Definitions;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Official MSME definitions compiled from the legal texts (shared/data/msme-definitions.md). Each comes with
/// the ISO code of its country, because a definition holds only a CountryId and countries are keyed by the seeder.
/// </summary>
public static partial class ReferenceDefinitions
{
    public static IReadOnlyList<(string Iso2, MsmeDefinition Definition)> All() =>
    [
        ("BR", BrazilBefore2018()),
        ("BR", BrazilFrom2018()),
        ("CL", Chile()),
        ("PE", Peru()),
        ("CO", Colombia()),
        ("MX", Mexico()),
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
