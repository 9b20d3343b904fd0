using ComunidadPyme.Core.Legal;
using static ComunidadPyme.Infrastructure.Data.Seeding.Content.SampleText;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

internal static partial class SampleLegalTemplates
{
    public static readonly SampleLegalTemplate GuaranteeFundLaw = new(
        LegalInstrumentType.Law, LegalTopics.FinanceAndGuarantees,
        T("[Sample] Law creating a partial credit guarantee fund for SMEs",
            "[Ejemplo] Ley de creación de un fondo de garantías parciales de crédito para pymes",
            "[Exemplo] Lei de criação de um fundo de garantia parcial de crédito para PME",
            "[Exemple] Loi portant création d'un fonds de garantie partielle de crédit pour les PME"),
        T("Illustrative text: creates a public fund that guarantees part of the loans granted to SMEs by regulated lenders.",
            "Texto ilustrativo: crea un fondo público que garantiza parte de los préstamos otorgados a pymes por entidades financieras reguladas.",
            "Texto ilustrativo: cria um fundo público que garante parte dos empréstimos concedidos a PME por instituições financeiras reguladas.",
            "Texte illustratif : crée un fonds public qui garantit une partie des prêts accordés aux PME par des prêteurs réglementés."),
        [14], []);

    /// <summary>The templates a country draws from, two each, in rotation, so that every one is used.</summary>
    public static readonly IReadOnlyList<SampleLegalTemplate> Rotating =
    [
        new(LegalInstrumentType.Strategy, LegalTopics.InternationalisationAndTrade,
            T("[Sample] National strategy for the internationalization of MSMEs",
                "[Ejemplo] Estrategia nacional de internacionalización de las MIPYME",
                "[Exemplo] Estratégia nacional de internacionalização das MPME",
                "[Exemple] Stratégie nationale d'internationalisation des MPME"),
            T("Illustrative text: sets targets and actions to raise the number of exporting MSMEs, including export statistics by firm size.",
                "Texto ilustrativo: fija metas y acciones para aumentar el número de MIPYME exportadoras, incluidas estadísticas de exportación por tamaño de empresa.",
                "Texto ilustrativo: fixa metas e ações para aumentar o número de MPME exportadoras, incluindo estatísticas de exportação por porte de empresa.",
                "Texte illustratif : fixe des objectifs et des actions pour accroître le nombre de MPME exportatrices, y compris des statistiques d'exportation par taille d'entreprise."),
            [2, 3, 13], [5]),
        new(LegalInstrumentType.Resolution, LegalTopics.PublicProcurement,
            T("[Sample] Resolution on MSME preferences in public procurement",
                "[Ejemplo] Resolución sobre preferencias para las MIPYME en las compras públicas",
                "[Exemplo] Resolução sobre preferências para as MPME nas compras públicas",
                "[Exemple] Résolution sur les préférences accordées aux MPME dans les marchés publics"),
            T("Illustrative text: reserves small public contracts for MSMEs and allows them to bid jointly.",
                "Texto ilustrativo: reserva los contratos públicos de menor cuantía para las MIPYME y les permite presentar ofertas conjuntas.",
                "Texto ilustrativo: reserva os contratos públicos de menor valor para as MPME e lhes permite apresentar propostas conjuntas.",
                "Texte illustratif : réserve les marchés publics de faible montant aux MPME et leur permet de soumissionner conjointement."),
            [15], [1]),
        new(LegalInstrumentType.Policy, LegalTopics.WomensEntrepreneurship | LegalTopics.InternationalisationAndTrade,
            T("[Sample] Policy on women's entrepreneurship and export readiness",
                "[Ejemplo] Política de emprendimiento femenino y preparación para exportar",
                "[Exemplo] Política de empreendedorismo feminino e preparação para exportar",
                "[Exemple] Politique d'entrepreneuriat féminin et de préparation à l'exportation"),
            T("Illustrative text: commits the authorities to specialised tools for export projects led by women entrepreneurs.",
                "Texto ilustrativo: compromete a las autoridades a ofrecer herramientas especializadas para proyectos de exportación liderados por mujeres emprendedoras.",
                "Texto ilustrativo: compromete as autoridades a oferecer ferramentas especializadas para projetos de exportação liderados por mulheres empreendedoras.",
                "Texte illustratif : engage les autorités à offrir des outils spécialisés pour les projets d'exportation menés par des femmes entrepreneures."),
            [3], [5]),
        GuaranteeFundLaw,
        new(LegalInstrumentType.Plan, LegalTopics.Innovation,
            T("[Sample] Plan for the digital transformation of MSMEs",
                "[Ejemplo] Plan de transformación digital de las MIPYME",
                "[Exemplo] Plano de transformação digital das MPME",
                "[Exemple] Plan de transformation numérique des MPME"),
            T("Illustrative text: plans support for e-commerce, digital payments and online business platforms for MSMEs.",
                "Texto ilustrativo: prevé apoyo al comercio electrónico, los pagos digitales y las plataformas de negocios en línea para las MIPYME.",
                "Texto ilustrativo: prevê apoio ao comércio eletrônico, aos pagamentos digitais e às plataformas de negócios on-line para as MPME.",
                "Texte illustratif : prévoit un appui au commerce électronique, aux paiements numériques et aux plateformes d'affaires en ligne pour les MPME."),
            [10, 16], [2]),
    ];
}
