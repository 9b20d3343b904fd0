using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Legal;

namespace ComunidadPyme.Infrastructure.Search;

/// <summary>
/// The words of MSME law and policy in the four OAS languages, grouped by concept, so that a query in one language
/// finds texts written in another: "regulación", "reglamento", "regulamentação", "réglementation" and "regulation"
/// are one concept, and a concept that is one of the library's topics also finds the instruments tagged with it.
/// Single words only; each is analysed by its own language's analyzer (stemming, stop words, accent folding).
/// </summary>
public sealed record LegalConcept(string Name, LegalTopics Topic, IReadOnlyDictionary<string, string[]> Words)
{
    public static IReadOnlyList<LegalConcept> All { get; } =
    [
        Concept("regulation", LegalTopics.None,
            ["regulation", "regulations", "regulatory"],
            ["regulación", "reglamento", "reglamentación", "reglamentario", "normativa"],
            ["regulamentação", "regulamento", "regulação", "regulamentar"],
            ["réglementation", "règlement", "régulation", "réglementaire"]),
        Concept("taxation", LegalTopics.Taxation,
            ["tax", "taxes", "taxation", "fiscal", "tributary"],
            ["impuesto", "impuestos", "tributación", "tributario", "tributaria", "tributo", "fiscal"],
            ["imposto", "impostos", "tributação", "tributário", "tributo", "fiscal"],
            ["impôt", "impôts", "fiscalité", "fiscal", "fiscale", "taxe"]),
        Concept("finance", LegalTopics.FinanceAndGuarantees,
            ["finance", "financing", "financial", "credit", "guarantee", "guarantees", "loan", "loans"],
            ["financiamiento", "financiación", "financiero", "financiera", "crédito", "garantía", "garantías", "préstamo"],
            ["financiamento", "financeiro", "financeira", "crédito", "garantia", "garantias", "empréstimo"],
            ["financement", "financier", "financière", "crédit", "garantie", "garanties", "prêt"]),
        Concept("procurement", LegalTopics.PublicProcurement,
            ["procurement", "purchasing", "tender", "tenders"],
            ["compras", "contratación", "licitación", "adquisiciones"],
            ["compras", "contratação", "licitação", "aquisições"],
            ["achats", "marchés", "commande"]),
        Concept("trade", LegalTopics.InternationalisationAndTrade,
            ["export", "exports", "exporting", "trade", "internationalisation", "internationalization"],
            ["exportación", "exportaciones", "comercio", "internacionalización"],
            ["exportação", "exportações", "comércio", "internacionalização"],
            ["exportation", "exportations", "commerce", "internationalisation"]),
        Concept("labour", LegalTopics.Labour,
            ["labour", "labor", "employment", "workers", "jobs"],
            ["laboral", "trabajo", "empleo", "trabajadores"],
            ["trabalho", "trabalhista", "emprego", "trabalhadores"],
            ["travail", "emploi", "travailleurs"]),
        Concept("innovation", LegalTopics.Innovation,
            ["innovation", "technology", "research"],
            ["innovación", "tecnología", "investigación"],
            ["inovação", "tecnologia", "pesquisa"],
            ["innovation", "technologie", "recherche"]),
        Concept("women", LegalTopics.WomensEntrepreneurship,
            ["women", "woman", "gender", "female"],
            ["mujeres", "mujer", "género"],
            ["mulheres", "mulher", "gênero"],
            ["femmes", "femme", "genre"]),
        Concept("simplification", LegalTopics.SimplificationOfProcedures,
            ["simplification", "simplified", "simplify", "bureaucracy"],
            ["simplificación", "simplificado", "simplificada", "desburocratización"],
            ["simplificação", "simplificado", "simplificada", "desburocratização"],
            ["simplification", "simplifiée", "simplifié", "allègement"]),
        Concept("registration", LegalTopics.FormalisationAndRegistration,
            ["registration", "register", "registry", "formalisation", "formalization"],
            ["registro", "inscripción", "formalización"],
            ["registro", "cadastro", "formalização"],
            ["enregistrement", "immatriculation", "formalisation"]),
        Concept("law", LegalTopics.None,
            ["law", "laws", "act", "statute"],
            ["ley", "leyes"],
            ["lei", "leis"],
            ["loi", "lois"]),
        Concept("decree", LegalTopics.None,
            ["decree", "decrees"],
            ["decreto", "decretos"],
            ["decreto", "decretos"],
            ["décret", "décrets"]),
        Concept("enterprise", LegalTopics.None,
            ["enterprise", "enterprises", "business", "businesses", "company", "companies"],
            ["empresa", "empresas", "negocio", "negocios"],
            ["empresa", "empresas", "negócio", "negócios"],
            ["entreprise", "entreprises"]),
    ];

    private static LegalConcept Concept(string name, LegalTopics topic, string[] en, string[] es, string[] pt, string[] fr) =>
        new(name, topic, new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [Languages.English] = en,
            [Languages.Spanish] = es,
            [Languages.Portuguese] = pt,
            [Languages.French] = fr,
        });
}
