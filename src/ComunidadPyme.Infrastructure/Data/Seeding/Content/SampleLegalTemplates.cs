using ComunidadPyme.Core.Legal;
using static ComunidadPyme.Infrastructure.Data.Seeding.Content.SampleText;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Illustrative legal texts. Every title starts with "[Sample]" in its language so that nobody takes one for
/// a real instrument.
/// </summary>
internal static partial class SampleLegalTemplates
{
    public static readonly SampleLegalTemplate OldRegistrationDecree = new(
        LegalInstrumentType.Decree, LegalTopics.FormalisationAndRegistration,
        T("[Sample] Decree on the registration of commercial enterprises",
            "[Ejemplo] Decreto sobre el registro de empresas comerciales",
            "[Exemplo] Decreto sobre o registro de empresas comerciais",
            "[Exemple] Décret relatif à l'immatriculation des entreprises commerciales"),
        T("Illustrative text: sets out a paper-based procedure for registering commercial enterprises; later repealed by the simplified registration decree.",
            "Texto ilustrativo: establece un procedimiento en papel para registrar empresas comerciales; derogado posteriormente por el decreto de registro simplificado.",
            "Texto ilustrativo: estabelece um procedimento em papel para registrar empresas comerciais; revogado posteriormente pelo decreto de registro simplificado.",
            "Texte illustratif : fixe une procédure sur papier pour l'immatriculation des entreprises commerciales ; abrogé ultérieurement par le décret sur l'immatriculation simplifiée."),
        [7], []);

    public static readonly SampleLegalTemplate RegistrationDecree = new(
        LegalInstrumentType.Decree, LegalTopics.FormalisationAndRegistration | LegalTopics.SimplificationOfProcedures,
        T("[Sample] Decree on simplified registration for micro-enterprises",
            "[Ejemplo] Decreto sobre el registro simplificado de microempresas",
            "[Exemplo] Decreto sobre o registro simplificado de microempresas",
            "[Exemple] Décret relatif à l'immatriculation simplifiée des microentreprises"),
        T("Illustrative text: creates a single online window where micro-enterprises register with the business, tax and social security authorities in one procedure.",
            "Texto ilustrativo: crea una ventanilla única en línea en la que las microempresas se inscriben ante las autoridades de registro empresarial, tributarias y de seguridad social en un solo trámite.",
            "Texto ilustrativo: cria um balcão único on-line no qual as microempresas se inscrevem nos órgãos de registro empresarial, tributário e previdenciário em um só procedimento.",
            "Texte illustratif : crée un guichet unique en ligne où les microentreprises s'immatriculent auprès des autorités d'enregistrement, fiscales et de sécurité sociale en une seule démarche."),
        [7, 12], [1]);

    public static readonly SampleLegalTemplate RegistrationRegulation = new(
        LegalInstrumentType.Regulation, LegalTopics.SimplificationOfProcedures,
        T("[Sample] Regulation implementing the simplified registration decree",
            "[Ejemplo] Reglamento de aplicación del decreto de registro simplificado",
            "[Exemplo] Regulamento de aplicação do decreto de registro simplificado",
            "[Exemple] Règlement d'application du décret sur l'immatriculation simplifiée"),
        T("Illustrative text: sets the documents required, the maximum response times and the fees of the single online window.",
            "Texto ilustrativo: fija los documentos exigidos, los plazos máximos de respuesta y las tasas de la ventanilla única en línea.",
            "Texto ilustrativo: fixa os documentos exigidos, os prazos máximos de resposta e as taxas do balcão único on-line.",
            "Texte illustratif : fixe les pièces exigées, les délais maximaux de réponse et les droits du guichet unique en ligne."),
        [], [1]);

    public static readonly SampleLegalTemplate GuaranteeFundAmendment = new(
        LegalInstrumentType.Law, LegalTopics.FinanceAndGuarantees | LegalTopics.InternationalisationAndTrade,
        T("[Sample] Law amending the SME guarantee fund law",
            "[Ejemplo] Ley que modifica la ley del fondo de garantías para pymes",
            "[Exemplo] Lei que altera a lei do fundo de garantia para PME",
            "[Exemple] Loi modifiant la loi relative au fonds de garantie pour les PME"),
        T("Illustrative text: raises the share of each loan that the fund may guarantee and extends the guarantees to export credit.",
            "Texto ilustrativo: aumenta la proporción de cada préstamo que el fondo puede garantizar y extiende las garantías al crédito a la exportación.",
            "Texto ilustrativo: aumenta a parcela de cada empréstimo que o fundo pode garantir e estende as garantias ao crédito à exportação.",
            "Texte illustratif : relève la part de chaque prêt que le fonds peut garantir et étend les garanties au crédit à l'exportation."),
        [14, 5], []);
}
