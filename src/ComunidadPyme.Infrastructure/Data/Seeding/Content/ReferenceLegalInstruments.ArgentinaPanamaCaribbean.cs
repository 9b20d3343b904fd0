using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

internal static partial class ReferenceLegalInstruments
{
    private static List<LegalInstrument> Argentina(int countryId)
    {
        var smeLaw = Create(countryId, LegalInstrumentType.Law, "Ley 24.467", "Congreso de la Nación",
            LegalTopics.FinanceAndGuarantees | LegalTopics.Labour, LegalStatus.Amended, new DateOnly(1995, 3, 15), publishedOn: null);
        smeLaw.Title = SampleText.WithEnglish("es", "Pequeña y Mediana Empresa", "Small and Medium Enterprises");
        smeLaw.Summary = SampleText.WithEnglish("es",
            "Ley PyME de 1995. Su artículo 2 encomienda a la autoridad de aplicación definir qué empresas se consideran micro, pequeñas y medianas, según su personal ocupado, sus ventas y sus activos.",
            "The 1995 SME law. Its article 2 asks the enforcement authority to define which enterprises count as micro, small and medium, by staff, sales and assets.");

        var promotion = Create(countryId, LegalInstrumentType.Law, "Ley 25.300", "Congreso de la Nación",
            LegalTopics.FinanceAndGuarantees, LegalStatus.Amended, new DateOnly(2000, 8, 16), new DateOnly(2000, 9, 7));
        promotion.Title = SampleText.WithEnglish("es", "Ley de Fomento para la Micro, Pequeña y Mediana Empresa",
            "Law for the Promotion of Micro, Small and Medium Enterprises");
        promotion.Summary = SampleText.WithEnglish("es",
            "Amplía los instrumentos de apoyo a las mipymes (crédito, garantías, información) y actualiza la facultad de la autoridad de aplicación de fijar su definición.",
            "Widens the support instruments for MSMEs (credit, guarantees, information) and updates the enforcement authority's power to set their definition.");
        Link(promotion, LegalRelationKind.Amends, smeLaw);

        var recovery = Create(countryId, LegalInstrumentType.Law, "Ley 27.264", "Congreso de la Nación",
            LegalTopics.Taxation | LegalTopics.FinanceAndGuarantees, LegalStatus.InForce, new DateOnly(2016, 7, 13), new DateOnly(2016, 8, 1));
        recovery.Title = SampleText.WithEnglish("es", "Programa de Recuperación Productiva", "Productive Recovery Programme");
        recovery.Summary = SampleText.WithEnglish("es",
            "Conocida como Ley PyME de 2016: régimen de fomento con beneficios impositivos para las micro, pequeñas y medianas empresas inscriptas en el registro. Reglamentada por el Decreto 1101/2016.",
            "Known as the 2016 SME Law: a promotion regime with tax benefits for registered micro, small and medium enterprises. Regulated by Decree 1101/2016.");
        Link(recovery, LegalRelationKind.Amends, smeLaw);

        var categories = Create(countryId, LegalInstrumentType.Resolution, "Resolución 220/2019",
            "Secretaría de Emprendedores y de la Pequeña y Mediana Empresa", LegalTopics.FormalisationAndRegistration,
            LegalStatus.Amended, new DateOnly(2019, 4, 12), new DateOnly(2019, 4, 15));
        categories.Title = SampleText.WithEnglish("es",
            "Resolución 220/2019: categorización de las micro, pequeñas y medianas empresas y Registro de Empresas MiPyMES",
            "Resolution 220/2019: size categories of micro, small and medium enterprises and the MSME Register");
        categories.Summary = SampleText.WithEnglish("es",
            "Fija los límites de ventas totales anuales por sector (construcción, servicios, comercio, industria y minería, agropecuario) que definen a las micro, pequeñas y medianas empresas (tramos 1 y 2), y límites de personal y de activos para algunas actividades. Sus valores se actualizan por resoluciones posteriores; la última encontrada es la Resolución 54/2025.",
            "Sets the annual sales limits by sector (construction, services, commerce, industry and mining, agriculture) that define micro, small and medium enterprises (tiers 1 and 2), and staff and asset limits for some activities. Its values are updated by later resolutions; the latest found is Resolution 54/2025.");
        categories.OfficialUrl = "https://www.argentina.gob.ar/normativa/nacional/resoluci%C3%B3n-220-2019-322102/actualizacion";
        Link(categories, LegalRelationKind.Regulates, smeLaw);

        return [smeLaw, promotion, recovery, categories];
    }

    private static LegalInstrument Panama(int countryId)
    {
        var law = Create(countryId, LegalInstrumentType.Law, "Ley 33 de 2000", "Asamblea Legislativa",
            LegalTopics.FinanceAndGuarantees | LegalTopics.FormalisationAndRegistration, LegalStatus.Amended,
            new DateOnly(2000, 7, 25), new DateOnly(2000, 7, 28));
        law.Title = SampleText.WithEnglish("es",
            "Que dicta normas para el fomento a la creación y desarrollo de la Micro, Pequeña y Mediana Empresa",
            "Setting rules to foster the creation and development of micro, small and medium enterprises");
        law.Summary = SampleText.WithEnglish("es",
            "Publicada en la Gaceta Oficial 24106 el 28 de julio de 2000 y modificada por la Ley 72 de 2009. Su artículo 2 clasifica a las empresas por sus ingresos brutos o facturación anuales: microempresa hasta B/.150.000, pequeña empresa hasta B/.1.000.000 y mediana empresa hasta B/.2.500.000.",
            "Published in Official Gazette 24106 on 28 July 2000 and amended by Law 72 of 2009. Its article 2 classifies enterprises by gross annual income or turnover: micro up to B/.150,000, small up to B/.1,000,000 and medium up to B/.2,500,000.");
        return law;
    }

    private static LegalInstrument AntiguaAndBarbuda(int countryId)
    {
        var act = Create(countryId, LegalInstrumentType.Law, "Act No. 24 of 2007", "Parliament of Antigua and Barbuda",
            LegalTopics.Taxation | LegalTopics.FinanceAndGuarantees, LegalStatus.InForce, new DateOnly(2007, 11, 16), new DateOnly(2008, 1, 17));
        act.Title = TextInEnglish("Small Business Development Act, 2007");
        act.Summary = TextInEnglish(
            "Section 3 defines a small business: no more than 25 employees, total annual sales up to EC$2,000,000, capital investment up to EC$3,000,000, not owned by or a subsidiary of a larger company, and majority-owned by citizens (foreign-owned firms qualify only under further conditions). Approved small businesses receive incentives.");
        return act;
    }

    private static LegalInstrument SaintLucia(int countryId)
    {
        var act = Create(countryId, LegalInstrumentType.Law, "Act No. 19 of 1998 (Cap. 13.19)", "Parliament of Saint Lucia",
            LegalTopics.Taxation | LegalTopics.FinanceAndGuarantees, LegalStatus.Amended, enactedOn: null, publishedOn: null);
        act.Title = TextInEnglish("Micro and Small Scale Business Enterprises Act");
        act.Summary = TextInEnglish(
            "Defines a micro enterprise (up to 5 persons, assets up to EC$75,000, sales up to EC$100,000) and a small enterprise (up to 50 persons, net assets up to EC$500,000, annual turnover up to EC$1,000,000, locally owned), and the incentives open to them. Amended in 2001 and by Act No. 6 of 2009.");
        return act;
    }

    private static Core.Common.TranslatableText TextInEnglish(string text) => new() { Language = "en", Original = text };
}
