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
    /// <summary>
    /// Texts an earlier release shipped, and what they are now. Legal sources are cited in the language of the law
    /// (a Peruvian law in Spanish, a Brazilian one in Portuguese), as its official title is.
    /// </summary>
    private static readonly Dictionary<string, string> s_shipped = new(StringComparer.Ordinal)
    {
        ["Lei Complementar 123, 14 Dec 2006 (Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte), art. 3, original text, before the amendment by LC 139/2011"] =
            "Lei Complementar 123, de 14 de dezembro de 2006 (Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte), art. 3, redação original, antes da alteração pela LC 139/2011",
        ["Lei Complementar 123, 14 Dec 2006 (Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte), art. 3, as amended by LC 139/2011 (in force from 2012) and before the amendment by LC 155/2016"] =
            "Lei Complementar 123, de 14 de dezembro de 2006 (Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte), art. 3, com a redação da LC 139/2011 (em vigor desde 2012), antes da alteração pela LC 155/2016",
        ["Lei Complementar 123, 14 Dec 2006 (Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte), art. 3, as amended (LC 155/2016)"] =
            "Lei Complementar 123, de 14 de dezembro de 2006 (Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte), art. 3, com a redação da LC 155/2016",
        ["Ley 20.416 (Estatuto PYME), published 3 Feb 2010, art. 2"] =
            "Ley 20.416 (Estatuto PYME), publicada el 3 de febrero de 2010, art. 2",
        ["Decreto 957 of 5 Jun 2019 (regulating art. 2 of Ley 590 de 2000), in force 5 Dec 2019"] =
            "Decreto 957 de 5 de junio de 2019 (reglamenta el art. 2 de la Ley 590 de 2000), vigente desde el 5 de diciembre de 2019",
        ["Acuerdo de estratificación de las micro, pequeñas y medianas empresas, Diario Oficial de la Federación, 30 Jun 2009"] =
            "Acuerdo de estratificación de las micro, pequeñas y medianas empresas, Diario Oficial de la Federación, 30 de junio de 2009",
        ["Ley para el Desarrollo de la Competitividad de la Micro, Pequeña y Mediana Empresa, DOF 30 Dec 2002, art. 3, fracción III"] =
            "Ley para el Desarrollo de la Competitividad de la Micro, Pequeña y Mediana Empresa, DOF 30 de diciembre de 2002, art. 3, fracción III",
        ["Resolución 220/2019 (ex SEPyME), as updated by Resolución 54/2025 (Secretaría de la Pequeña y Mediana Empresa, Emprendedores y Economía del Conocimiento); Ley 24.467, art. 2"] =
            "Resolución 220/2019 (ex SEPyME), actualizada por la Resolución 54/2025 (Secretaría de la Pequeña y Mediana Empresa, Emprendedores y Economía del Conocimiento); Ley 24.467, art. 2",
        ["Ley 33 de 25 de julio de 2000 (Gaceta Oficial 24106, 28 Jul 2000), art. 2, as amended by Ley 72 de 2009"] =
            "Ley 33 de 25 de julio de 2000 (Gaceta Oficial 24106, 28 de julio de 2000), art. 2, modificada por la Ley 72 de 2009",
        ["Ley 30056, published in El Peruano on 2 Jul 2013, amending the MYPE law (Ley 28015)"] =
            "Ley 30056, publicada en El Peruano el 2 de julio de 2013, que modifica la Ley MYPE (Ley 28015)",
        ["Ley 30056 (2013), amending the MYPE law"] =
            "Ley 30056, publicada en El Peruano el 2 de julio de 2013, que modifica la Ley MYPE (Ley 28015)",
        ["Por el cual se adiciona el capítulo 13 al Título 1 de la Parte 2 del Libro 2 del Decreto 1074 de 2015, Decreto Único del Sector Comercio, Industria y Turismo y se reglamenta el artículo 2° de la Ley 590 de 2000, modificado por el artículo 43 de la Ley 1450 de 2011"] =
            "Por el cual se adiciona el capítulo 13 al Título 1 de la Parte 2 del Libro 2 del Decreto 1074 de 2015, Decreto Único Reglamentario del Sector Comercio, Industria y Turismo y se reglamenta el artículo 2° de la Ley 590 de 2000, modificado por el artículo 43 de la Ley 1450 de 2011",
    };

    /// <summary>What a text an earlier release shipped is now; null for any other text (a country's own, or current).</summary>
    public static string? Now(string? stored) => stored is not null && s_shipped.TryGetValue(stored, out var now) ? now : null;

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
