using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

internal static partial class ReferenceLegalInstruments
{
    private static LegalInstrument Peru30056(int countryId, PrincipleLookup principles)
    {
        var law = Create(countryId, LegalInstrumentType.Law, "Ley 30056", "Congreso de la República",
            LegalTopics.SimplificationOfProcedures, LegalStatus.InForce, enactedOn: null, new DateOnly(2013, 7, 2));
        law.OfficialUrl = "https://busquedas.elperuano.pe/normaslegales/ley-que-modifica-diversas-leyes-para-facilitar-la-inversion-ley-n-30056-956689-1/";
        law.Title = SampleText.WithEnglish("es",
            "Ley que modifica diversas leyes para facilitar la inversión, impulsar el desarrollo productivo y el crecimiento empresarial",
            "Law amending various laws to facilitate investment and to promote productive development and business growth");
        law.Summary = SampleText.WithEnglish("es",
            "Publicada en El Peruano el 2 de julio de 2013; rige desde el día siguiente. Entre otras, modifica la ley de las MYPE (Ley 28015). Las micro, pequeñas y medianas empresas se clasifican por sus ventas anuales en UIT: microempresa hasta 150 UIT, pequeña empresa hasta 1.700 UIT y mediana empresa hasta 2.300 UIT. Antes de esta ley también se consideraba el número de trabajadores.",
            "Published in El Peruano on 2 July 2013; in force from the next day. Among others, it amends the MYPE law (Ley 28015). Micro, small and medium enterprises are classified by annual sales in UIT: micro-enterprise up to 150 UIT, small enterprise up to 1,700 UIT and medium enterprise up to 2,300 UIT. Before this law, the number of workers also counted.");
        law.Principles = principles.Select([7]);
        return law;
    }

    private static List<LegalInstrument> Peru(int countryId, PrincipleLookup principles)
    {
        var mypeLaw = Create(countryId, LegalInstrumentType.Law, "Ley 28015", "Congreso de la República",
            LegalTopics.FormalisationAndRegistration, LegalStatus.Amended, new DateOnly(2003, 7, 2), new DateOnly(2003, 7, 3));
        mypeLaw.Title = SampleText.WithEnglish("es", "Ley de Promoción y Formalización de la Micro y Pequeña Empresa",
            "Law for the Promotion and Formalisation of Micro and Small Enterprises");
        mypeLaw.Summary = SampleText.WithEnglish("es",
            "Ley MYPE de 2003. En su texto original, la microempresa tenía de 1 a 10 trabajadores y ventas anuales de hasta 150 UIT, y la pequeña empresa de 1 a 50 trabajadores y ventas de más de 150 hasta 850 UIT. Modificada, entre otras, por la Ley 30056, que clasifica a las empresas solo por sus ventas.",
            "The 2003 MYPE law. In its original text, a micro-enterprise had 1 to 10 workers and annual sales up to 150 UIT, and a small enterprise 1 to 50 workers and sales above 150 up to 850 UIT. Amended, among others, by Ley 30056, which classifies enterprises by sales only.");
        mypeLaw.OfficialUrl = "https://www.leyes.congreso.gob.pe/Documentos/Leyes/28015.pdf";

        var law = Peru30056(countryId, principles);
        Link(law, LegalRelationKind.Amends, mypeLaw);

        var consolidated = Create(countryId, LegalInstrumentType.Decree, "Decreto Supremo 013-2013-PRODUCE",
            "Ministerio de la Producción", LegalTopics.FormalisationAndRegistration | LegalTopics.SimplificationOfProcedures,
            LegalStatus.InForce, enactedOn: null, new DateOnly(2013, 12, 28));
        consolidated.Title = SampleText.WithEnglish("es",
            "Aprueban Texto Único Ordenado de la Ley de Impulso al Desarrollo Productivo y al Crecimiento Empresarial",
            "Approving the consolidated text of the Law for the Promotion of Productive Development and Business Growth");
        consolidated.Summary = SampleText.WithEnglish("es",
            "Texto único ordenado que reúne la ley de las micro y pequeñas empresas con las modificaciones de la Ley 30056, incluida la clasificación por ventas anuales en UIT. Publicado en El Peruano el 28 de diciembre de 2013.",
            "Consolidated text bringing together the micro and small enterprise law and the amendments of Ley 30056, including the classification by annual sales in UIT. Published in El Peruano on 28 December 2013.");
        consolidated.OfficialUrl = "https://busquedas.elperuano.pe/normaslegales/aprueban-texto-unico-ordenado-de-la-ley-de-impulso-al-desarr-decreto-supremo-n-013-2013-produce-1033071-5/";
        Link(consolidated, LegalRelationKind.Regulates, law);

        return [mypeLaw, law, consolidated];
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
        law.OfficialUrl = "http://www.secretariasenado.gov.co/senado/basedoc/ley_0590_2000.html";

        var amendment = Create(countryId, LegalInstrumentType.Law, "Ley 905 de 2004", "Congreso de Colombia",
            LegalTopics.FinanceAndGuarantees, LegalStatus.InForce, new DateOnly(2004, 8, 2), publishedOn: null);
        amendment.Title = SampleText.WithEnglish("es",
            "Por medio de la cual se modifica la Ley 590 de 2000 sobre promoción del desarrollo de la micro, pequeña y mediana empresa colombiana y se dictan otras disposiciones",
            "Amending Law 590 of 2000 on the promotion of the development of Colombian micro, small and medium enterprises, and making other provisions");
        amendment.Summary = SampleText.WithEnglish("es",
            "Modifica la Ley 590 de 2000, incluida la definición del tamaño empresarial de su artículo 2, reemplazada después por el artículo 43 de la Ley 1450 de 2011 y reglamentada por el Decreto 957 de 2019.",
            "Amends Law 590 of 2000, including the definition of enterprise size in its article 2, later replaced by article 43 of Law 1450 of 2011 and regulated by Decree 957 of 2019.");
        amendment.OfficialUrl = "http://www.secretariasenado.gov.co/senado/basedoc/ley_0905_2004.html";
        Link(amendment, LegalRelationKind.Amends, law);

        var decree = Create(countryId, LegalInstrumentType.Decree, "Decreto 957 de 2019",
            "Ministerio de Comercio, Industria y Turismo", LegalTopics.None, LegalStatus.InForce,
            new DateOnly(2019, 6, 5), publishedOn: null);
        decree.Title = SampleText.WithEnglish("es",
            "Por el cual se adiciona el capítulo 13 al Título 1 de la Parte 2 del Libro 2 del Decreto 1074 de 2015, Decreto Único Reglamentario del Sector Comercio, Industria y Turismo y se reglamenta el artículo 2° de la Ley 590 de 2000, modificado por el artículo 43 de la Ley 1450 de 2011",
            "Adding chapter 13 to Title 1 of Part 2 of Book 2 of Decree 1074 of 2015, the Single Regulatory Decree of the Trade, Industry and Tourism Sector, and regulating article 2 of Law 590 of 2000, as amended by article 43 of Law 1450 of 2011");
        decree.Summary = SampleText.WithEnglish("es",
            "Clasifica a las micro, pequeñas y medianas empresas por sus ingresos por actividades ordinarias anuales, expresados en UVT, con rangos distintos para manufactura, servicios y comercio. Rige desde el 5 de diciembre de 2019.",
            "Classifies micro, small and medium enterprises by their ordinary annual income, in UVT, with separate ranges for manufacturing, services and commerce. In force since 5 December 2019.");
        Link(decree, LegalRelationKind.Regulates, law);

        return [law, amendment, decree];
    }

    private static List<LegalInstrument> Mexico(int countryId)
    {
        var law = Create(countryId, LegalInstrumentType.Law, "LDCMIPYME (DOF 30/12/2002)", "Congreso de la Unión",
            LegalTopics.FinanceAndGuarantees | LegalTopics.InternationalisationAndTrade, LegalStatus.Amended,
            enactedOn: null, new DateOnly(2002, 12, 30));
        law.Title = SampleText.WithEnglish("es", "Ley para el Desarrollo de la Competitividad de la Micro, Pequeña y Mediana Empresa",
            "Law for the Development of the Competitiveness of Micro, Small and Medium Enterprises");
        law.Summary = SampleText.WithEnglish("es",
            "Publicada en el Diario Oficial de la Federación el 30 de diciembre de 2002. Su artículo 3, fracción III, estratifica a las empresas por número de trabajadores: microempresa hasta 10 en todos los sectores; pequeña de 11 a 50 en industria y servicios y de 11 a 30 en comercio; mediana de 51 a 250 en industria, de 31 a 100 en comercio y de 51 a 100 en servicios.",
            "Published in the Diario Oficial de la Federación on 30 December 2002. Its article 3, section III, stratifies enterprises by number of workers: micro up to 10 in every sector; small 11 to 50 in industry and services and 11 to 30 in commerce; medium 51 to 250 in industry, 31 to 100 in commerce and 51 to 100 in services.");
        law.OfficialUrl = "https://www.diputados.gob.mx/LeyesBiblio/ref/ldcmpme.htm";
        var agreement = MexicoAgreement(countryId);
        Link(agreement, LegalRelationKind.Regulates, law);
        return [law, agreement];
    }

    private static LegalInstrument MexicoAgreement(int countryId)
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
