using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

internal static partial class ReferenceLegalInstruments
{
    private static List<LegalInstrument> Brazil(int countryId, PrincipleLookup principles)
    {
        var statute = Create(countryId, LegalInstrumentType.Law, "Lei Complementar 123/2006", "Congresso Nacional",
            LegalTopics.Taxation | LegalTopics.Labour | LegalTopics.FinanceAndGuarantees | LegalTopics.PublicProcurement,
            LegalStatus.Amended, new DateOnly(2006, 12, 14), new DateOnly(2006, 12, 15));
        statute.OfficialUrl = "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp123.htm";
        statute.Title = SampleText.WithEnglish("pt",
            "Institui o Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte; altera dispositivos das Leis nº 8.212 e 8.213, ambas de 24 de julho de 1991, da Consolidação das Leis do Trabalho - CLT, aprovada pelo Decreto-Lei nº 5.452, de 1º de maio de 1943, da Lei nº 10.189, de 14 de fevereiro de 2001, da Lei Complementar nº 63, de 11 de janeiro de 1990; e revoga as Leis nº 9.317, de 5 de dezembro de 1996, e 9.841, de 5 de outubro de 1999.",
            "Establishes the National Statute of Micro-enterprises and Small Enterprises; amends provisions of Laws 8.212 and 8.213 of 24 July 1991, of the Consolidation of Labour Laws (CLT) approved by Decree-Law 5.452 of 1 May 1943, of Law 10.189 of 14 February 2001 and of Complementary Law 63 of 11 January 1990; and repeals Laws 9.317 of 5 December 1996 and 9.841 of 5 October 1999.");
        statute.Summary = SampleText.WithEnglish("pt",
            "Estabelece o tratamento diferenciado e favorecido às microempresas e empresas de pequeno porte, inclusive o regime único de arrecadação de tributos (Simples Nacional), o acesso a crédito e a preferência nas compras públicas. O art. 3º define a microempresa (receita bruta anual de até R$ 360.000,00) e a empresa de pequeno porte (até R$ 4.800.000,00 desde 2018, conforme a LC 155/2016; antes, R$ 3.600.000,00).",
            "Sets out differentiated and favourable treatment for micro-enterprises and small enterprises, including a single tax collection regime (Simples Nacional), access to credit and preference in public procurement. Article 3 defines the micro-enterprise (gross annual revenue up to BRL 360,000) and the small enterprise (up to BRL 4,800,000 since 2018 under LC 155/2016; BRL 3,600,000 before).");
        statute.Principles = principles.Select([8, 14, 15]);

        var amendment = Create(countryId, LegalInstrumentType.Law, "Lei Complementar 155/2016", "Congresso Nacional",
            LegalTopics.Taxation, LegalStatus.InForce, new DateOnly(2016, 10, 27), new DateOnly(2016, 10, 28));
        amendment.Title = SampleText.WithEnglish("pt",
            "Altera a Lei Complementar nº 123, de 14 de dezembro de 2006, para reorganizar e simplificar a metodologia de apuração do imposto devido por optantes pelo Simples Nacional; altera as Leis nº 9.613, de 3 de março de 1998, 12.512, de 14 de outubro de 2011, e 7.998, de 11 de janeiro de 1990; e revoga dispositivo da Lei nº 8.212, de 24 de julho de 1991.",
            "Amends Complementary Law 123 of 14 December 2006 to reorganise and simplify the method of calculating the tax due by businesses in the Simples Nacional regime; amends Laws 9.613 of 3 March 1998, 12.512 of 14 October 2011 and 7.998 of 11 January 1990; and repeals a provision of Law 8.212 of 24 July 1991.");
        amendment.Summary = SampleText.WithEnglish("pt",
            "Entre outras alterações, eleva o teto da empresa de pequeno porte (art. 3º, II, da LC 123/2006) de R$ 3.600.000,00 para R$ 4.800.000,00 de receita bruta anual, com efeitos a partir de 2018.",
            "Among other changes, raises the small-enterprise ceiling (art. 3, II, of LC 123/2006) from BRL 3,600,000 to BRL 4,800,000 of gross annual revenue, with effect from 2018.");
        amendment.Principles = principles.Select([8]);
        amendment.OfficialUrl = "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp155.htm";
        Link(amendment, LegalRelationKind.Amends, statute);

        return [statute, Lc128(countryId, statute), Lc139(countryId, statute), amendment];
    }

    /// <summary>Created the individual micro-entrepreneur (MEI), from 1 July 2009.</summary>
    private static LegalInstrument Lc128(int countryId, LegalInstrument statute)
    {
        var law = Create(countryId, LegalInstrumentType.Law, "Lei Complementar 128/2008", "Congresso Nacional",
            LegalTopics.Taxation | LegalTopics.FormalisationAndRegistration, LegalStatus.InForce,
            new DateOnly(2008, 12, 19), new DateOnly(2008, 12, 22));
        law.Title = SampleText.WithEnglish("pt",
            "Altera a Lei Complementar nº 123, de 14 de dezembro de 2006, altera as Leis nºs 8.212, de 24 de julho de 1991, 8.213, de 24 de julho de 1991, 10.406, de 10 de janeiro de 2002 – Código Civil, 8.029, de 12 de abril de 1990, e dá outras providências.",
            "Amends Complementary Law 123 of 14 December 2006 and Laws 8.212 and 8.213 of 24 July 1991, 10.406 of 10 January 2002 (Civil Code) and 8.029 of 12 April 1990, and makes other provisions.");
        law.Summary = SampleText.WithEnglish("pt",
            "Cria o microempreendedor individual (MEI, arts. 18-A a 18-C da LC 123/2006), com efeitos a partir de 1º de julho de 2009: o empresário individual com receita bruta anual de até R$ 36.000,00 recolhe valores fixos mensais em vez dos tributos do Simples Nacional. O limite passou a R$ 60.000,00 em 2012 (LC 139/2011) e a R$ 81.000,00 em 2018 (LC 155/2016).",
            "Creates the individual micro-entrepreneur (MEI, arts. 18-A to 18-C of LC 123/2006), with effect from 1 July 2009: a sole trader with gross annual revenue up to BRL 36,000 pays fixed monthly amounts instead of the Simples Nacional taxes. The limit became BRL 60,000 in 2012 (LC 139/2011) and BRL 81,000 in 2018 (LC 155/2016).");
        law.OfficialUrl = "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp128.htm";
        Link(law, LegalRelationKind.Amends, statute);
        return law;
    }

    /// <summary>Raised the size limits from 1 January 2012.</summary>
    private static LegalInstrument Lc139(int countryId, LegalInstrument statute)
    {
        var law = Create(countryId, LegalInstrumentType.Law, "Lei Complementar 139/2011", "Congresso Nacional",
            LegalTopics.Taxation, LegalStatus.InForce, new DateOnly(2011, 11, 10), new DateOnly(2011, 11, 11));
        law.Title = SampleText.WithEnglish("pt",
            "Altera dispositivos da Lei Complementar nº 123, de 14 de dezembro de 2006, e dá outras providências.",
            "Amends provisions of Complementary Law 123 of 14 December 2006 and makes other provisions.");
        law.Summary = SampleText.WithEnglish("pt",
            "A partir de 1º de janeiro de 2012, eleva o limite de receita bruta anual da microempresa de R$ 240.000,00 para R$ 360.000,00, o da empresa de pequeno porte de R$ 2.400.000,00 para R$ 3.600.000,00 e o do microempreendedor individual de R$ 36.000,00 para R$ 60.000,00.",
            "From 1 January 2012, raises the gross annual revenue limit of the micro-enterprise from BRL 240,000 to BRL 360,000, that of the small enterprise from BRL 2,400,000 to BRL 3,600,000 and that of the individual micro-entrepreneur from BRL 36,000 to BRL 60,000.");
        law.OfficialUrl = "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp139.htm";
        Link(law, LegalRelationKind.Amends, statute);
        return law;
    }

    private static LegalInstrument Chile(int countryId, PrincipleLookup principles)
    {
        var statute = Create(countryId, LegalInstrumentType.Law, "Ley 20.416", "Congreso Nacional",
            LegalTopics.SimplificationOfProcedures, LegalStatus.InForce,
            new DateOnly(2010, 1, 13), new DateOnly(2010, 2, 3));
        statute.Title = SampleText.WithEnglish("es",
            "Fija normas especiales para las empresas de menor tamaño",
            "Sets special rules for smaller enterprises");
        statute.Summary = SampleText.WithEnglish("es",
            "Estatuto PYME. Busca facilitar el desenvolvimiento de las empresas de menor tamaño adecuando las normas que rigen su iniciación, funcionamiento y término. El artículo segundo las clasifica por sus ingresos anuales por ventas, netos de IVA, en unidades de fomento: microempresa hasta 2.400 UF, pequeña empresa hasta 25.000 UF y mediana empresa hasta 100.000 UF.",
            "SME Statute. It seeks to ease the development of smaller enterprises by adapting the rules that govern their start-up, operation and closure. Article 2 classifies them by annual sales net of VAT, in unidades de fomento: micro-enterprise up to 2,400 UF, small enterprise up to 25,000 UF and medium enterprise up to 100,000 UF.");
        statute.Principles = principles.Select([7, 11]);
        statute.OfficialUrl = "https://www.bcn.cl/leychile/navegar?idNorma=1010668";
        return statute;
    }
}
