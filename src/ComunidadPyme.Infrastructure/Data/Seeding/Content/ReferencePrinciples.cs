using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// The sixteen principles and five areas of emphasis of the III Inter-American Dialogue (Brasilia, 2013).
/// The English text is verbatim from the OAS record; Spanish, Portuguese and French are translations.
/// </summary>
public static partial class ReferencePrinciples
{
    public static IReadOnlyList<Principle> All() =>
        [.. PrinciplesOneToSix(), .. PrinciplesSevenToTwelve(), .. PrinciplesThirteenToSixteen(), .. AreasOfEmphasis()];

    private static Principle Principle(int number, LocalizedText shortTitle, LocalizedText text) =>
        Create(PrincipleKind.Principle, number, shortTitle, text);

    private static Principle Area(int number, LocalizedText shortTitle, LocalizedText text) =>
        Create(PrincipleKind.AreaOfEmphasis, number, shortTitle, text);

    // The Dialogue's emphasis on women entrepreneurs is tagged where the agreed text itself names them.
    private static Principle Create(PrincipleKind kind, int number, LocalizedText shortTitle, LocalizedText text) =>
        new()
        {
            Kind = kind, Number = number, ShortTitle = shortTitle, Text = text,
            ConcernsWomenEntrepreneurs = text.En.Contains(WomenEntrepreneurs, StringComparison.OrdinalIgnoreCase),
        };

    /// <summary>The words by which the agreed text names the Dialogue's emphasis on women's entrepreneurship.</summary>
    public const string WomenEntrepreneurs = "women entrepreneurs";

    private static LocalizedText T(string en, string es, string pt, string fr) => LocalizedText.Of(en, es, pt, fr);
}
