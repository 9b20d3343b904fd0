using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

internal static partial class ReferenceLegalInstruments
{
    private static LegalInstrument Peru(int countryId, PrincipleLookup principles)
    {
        var law = Create(countryId, LegalInstrumentType.Law, "Ley 30056", "Congreso de la República",
            LegalTopics.SimplificationOfProcedures, LegalStatus.InForce, enactedOn: null, publishedOn: null);
        law.Title = SampleText.WithEnglish("es",
            "Ley que modifica diversas leyes para facilitar la inversión, impulsar el desarrollo productivo y el crecimiento empresarial",
            "Law amending various laws to facilitate investment and to promote productive development and business growth");
        law.Summary = SampleText.WithEnglish("es",
            "Ley de 2013 que, entre otras, modifica la ley de las MYPE. Las micro, pequeñas y medianas empresas se clasifican por sus ventas anuales en UIT: microempresa hasta 150 UIT, pequeña empresa hasta 1.700 UIT y mediana empresa hasta 2.300 UIT. Antes de esta ley también se consideraba el número de trabajadores.",
            "A 2013 law that amends, among others, the MYPE law. Micro, small and medium enterprises are classified by annual sales in UIT: micro-enterprise up to 150 UIT, small enterprise up to 1,700 UIT and medium enterprise up to 2,300 UIT. Before this law, the number of workers also counted.");
        law.Principles = principles.Select([7]);
        return law;
    }

    private static List<LegalInstrument> Colombia(int countryId, PrincipleLookup principles)
    {
        var law = Create(countryId, LegalInstrumentType.Law, "Ley 590 de 2000", "Congreso de Colombia",
            LegalTopics.FinanceAndGuarantees | LegalTopics.PublicProcurement, LegalStatus.Amended,
            new DateOnly(2000, 7, 10), new DateOnly(2000, 7, 12));
        law.Title = SampleText.WithEnglish("es",
            "Por la cual se dictan disposiciones para promover el desarrollo de las micro, pequeñas y medianas empresa",
            "Provisions to promote the development of micro, small and medium enterprises");
        law.Summary = SampleText.WithEnglish("es",
            "Ley de fomento de las micro, pequeñas y medianas empresas. Su artículo 2 define el tamaño empresarial; los rangos vigentes los fija el Decreto 957 de 2019, que lo reglamenta.",
            "Law promoting micro, small and medium enterprises. Its article 2 defines enterprise size; the ranges in force are set by Decree 957 of 2019, which regulates it.");
        law.Principles = principles.Select([9, 14]);

        var decree = Create(countryId, LegalInstrumentType.Decree, "Decreto 957 de 2019",
            "Ministerio de Comercio, Industria y Turismo", LegalTopics.None, LegalStatus.InForce,
            new DateOnly(2019, 6, 5), publishedOn: null);
        decree.Title = SampleText.WithEnglish("es",
            "Por el cual se adiciona el capítulo 13 al Título 1 de la Parte 2 del Libro 2 del Decreto 1074 de 2015, Decreto Único del Sector Comercio, Industria y Turismo y se reglamenta el artículo 2° de la Ley 590 de 2000, modificado por el artículo 43 de la Ley 1450 de 2011",
            "Adding chapter 13 to Title 1 of Part 2 of Book 2 of Decree 1074 of 2015, the Single Decree of the Trade, Industry and Tourism Sector, and regulating article 2 of Law 590 of 2000, as amended by article 43 of Law 1450 of 2011");
        decree.Summary = SampleText.WithEnglish("es",
            "Clasifica a las micro, pequeñas y medianas empresas por sus ingresos por actividades ordinarias anuales, expresados en UVT, con rangos distintos para manufactura, servicios y comercio. Rige desde el 5 de diciembre de 2019.",
            "Classifies micro, small and medium enterprises by their ordinary annual income, in UVT, with separate ranges for manufacturing, services and commerce. In force since 5 December 2019.");
        Link(decree, LegalRelationKind.Regulates, law);

        return [law, decree];
    }

    private static LegalInstrument Mexico(int countryId)
    {
        var agreement = Create(countryId, LegalInstrumentType.Resolution, "Acuerdo DOF 30/06/2009",
            "Secretaría de Economía", LegalTopics.None, LegalStatus.InForce,
            enactedOn: null, new DateOnly(2009, 6, 30));
        agreement.Title = SampleText.WithEnglish("es",
            "Acuerdo por el que se establece la estratificación de las micro, pequeñas y medianas empresas",
            "Agreement establishing the size classes of micro, small and medium enterprises");
        agreement.Summary = SampleText.WithEnglish("es",
            "Publicado en el Diario Oficial de la Federación el 30 de junio de 2009. El tamaño de la empresa se determina con un puntaje combinado: trabajadores × 10% + ventas anuales (millones de pesos) × 90%, que no debe superar el tope máximo combinado de cada categoría y sector.",
            "Published in the Diario Oficial de la Federación on 30 June 2009. Enterprise size is decided by a combined score: workers × 10% + annual sales (million pesos) × 90%, which must not exceed the maximum combined cap of each class and sector.");
        return agreement;
    }
}
