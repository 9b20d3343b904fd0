using ComunidadPyme.Core.Definitions;
using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Data.Seeding;

/// <summary>
/// Brings a reference record shipped by an earlier release up to date without undoing a country's edits: a
/// text is replaced only while it is still exactly what the portal shipped, and other fields are only filled
/// where they are empty.
/// </summary>
internal static class LegalCorrections
{
    /// <summary>Texts an earlier release shipped, and what they are now.</summary>
    private static readonly Dictionary<string, string> s_shipped = new(StringComparer.Ordinal)
    {
        ["Ley 30056 (2013), amending the MYPE law"] =
            "Ley 30056, published in El Peruano on 2 Jul 2013, amending the MYPE law (Ley 28015)",
        ["Por el cual se adiciona el capítulo 13 al Título 1 de la Parte 2 del Libro 2 del Decreto 1074 de 2015, Decreto Único del Sector Comercio, Industria y Turismo y se reglamenta el artículo 2° de la Ley 590 de 2000, modificado por el artículo 43 de la Ley 1450 de 2011"] =
            "Por el cual se adiciona el capítulo 13 al Título 1 de la Parte 2 del Libro 2 del Decreto 1074 de 2015, Decreto Único Reglamentario del Sector Comercio, Industria y Turismo y se reglamenta el artículo 2° de la Ley 590 de 2000, modificado por el artículo 43 de la Ley 1450 de 2011",
    };

    /// <summary>True when <paramref name="stored"/> is the text an earlier release shipped for what is now <paramref name="current"/>.</summary>
    public static bool WasShippedAs(string? stored, string current) =>
        stored is not null && s_shipped.TryGetValue(stored, out var now) && now == current;

    public static void Apply(LegalInstrument stored, LegalInstrument shipped)
    {
        if (WasShippedAs(stored.Title.Original, shipped.Title.Original))
        {
            stored.Title.Original = shipped.Title.Original;
            stored.Title.En = shipped.Title.En;
        }

        stored.EnactedOn ??= shipped.EnactedOn;
        stored.PublishedOn ??= shipped.PublishedOn;
        stored.OfficialUrl ??= shipped.OfficialUrl;
    }

    public static void Apply(MsmeDefinition stored, MsmeDefinition shipped)
    {
        if (WasShippedAs(stored.LegalSource, shipped.LegalSource))
        {
            stored.LegalSource = shipped.LegalSource;
        }

        stored.SourceUrl ??= shipped.SourceUrl;
        stored.CheckedOn ??= shipped.CheckedOn;
        stored.LegalInstrumentId ??= shipped.LegalInstrumentId;
        stored.ValidFrom ??= shipped.ValidFrom;
        stored.IssuingBody ??= shipped.IssuingBody;
    }
}
