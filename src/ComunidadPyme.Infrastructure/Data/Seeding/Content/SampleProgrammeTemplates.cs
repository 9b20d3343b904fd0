using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Programmes;
using static ComunidadPyme.Infrastructure.Data.Seeding.Content.SampleText;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>Illustrative programmes covering every programme type and target group.</summary>
internal static partial class SampleProgrammeTemplates
{
    private static readonly InstitutionKind[] s_bank = [InstitutionKind.DevelopmentBank];
    private static readonly InstitutionKind[] s_support =
        [InstitutionKind.SbdcNetwork, InstitutionKind.NationalMsmeAuthority, InstitutionKind.MinistryUnit];

    public static readonly IReadOnlyList<SampleProgrammeTemplate> All =
    [
        new(ProgrammeType.Finance, TargetGroups.MicroEnterprises | TargetGroups.SmallEnterprises,
            T("[Sample] Working-capital credit line for micro and small enterprises",
                "[Ejemplo] Línea de crédito de capital de trabajo para micro y pequeñas empresas",
                "[Exemplo] Linha de crédito de capital de giro para micro e pequenas empresas",
                "[Exemple] Ligne de crédit de fonds de roulement pour les micro et petites entreprises"),
            T("Illustrative programme: working-capital loans through partner banks, with simplified requirements for first-time borrowers.",
                "Programa ilustrativo: préstamos de capital de trabajo a través de bancos asociados, con requisitos simplificados para quienes solicitan crédito por primera vez.",
                "Programa ilustrativo: empréstimos de capital de giro por meio de bancos parceiros, com requisitos simplificados para quem toma crédito pela primeira vez.",
                "Programme illustratif : prêts de fonds de roulement par l'intermédiaire de banques partenaires, avec des conditions simplifiées pour les primo-emprunteurs."),
            s_bank),
        new(ProgrammeType.Guarantees, TargetGroups.SmallEnterprises | TargetGroups.MediumEnterprises,
            T("[Sample] Partial credit guarantees for SMEs",
                "[Ejemplo] Garantías parciales de crédito para pymes",
                "[Exemplo] Garantias parciais de crédito para PME",
                "[Exemple] Garanties partielles de crédit pour les PME"),
            T("Illustrative programme: covers part of the lender's risk on SME loans that lack sufficient collateral.",
                "Programa ilustrativo: cubre parte del riesgo del prestamista en los préstamos a pymes que carecen de garantías suficientes.",
                "Programa ilustrativo: cobre parte do risco do credor nos empréstimos a PME sem garantias suficientes.",
                "Programme illustratif : couvre une partie du risque du prêteur sur les prêts aux PME qui manquent de sûretés suffisantes."),
            [InstitutionKind.GuaranteeInstitution, InstitutionKind.DevelopmentBank]),
        new(ProgrammeType.TrainingAndTechnicalAssistance, TargetGroups.WomenEntrepreneurs | TargetGroups.MicroEnterprises,
            T("[Sample] Business development services for women entrepreneurs",
                "[Ejemplo] Servicios de desarrollo empresarial para mujeres emprendedoras",
                "[Exemplo] Serviços de desenvolvimento empresarial para mulheres empreendedoras",
                "[Exemple] Services de développement des entreprises pour les femmes entrepreneures"),
            T("Illustrative programme: advice, mentoring and training for women-led micro-enterprises at business development centres.",
                "Programa ilustrativo: asesoría, mentoría y capacitación para microempresas dirigidas por mujeres en centros de desarrollo empresarial.",
                "Programa ilustrativo: consultoria, mentoria e capacitação para microempresas lideradas por mulheres em centros de desenvolvimento empresarial.",
                "Programme illustratif : conseil, mentorat et formation pour les microentreprises dirigées par des femmes dans des centres de développement des entreprises."),
            s_support),
        new(ProgrammeType.ExportPromotion, TargetGroups.Exporters | TargetGroups.SmallEnterprises | TargetGroups.WomenEntrepreneurs,
            T("[Sample] Export readiness programme for first-time exporters",
                "[Ejemplo] Programa de preparación para exportar dirigido a nuevos exportadores",
                "[Exemplo] Programa de preparação para exportar voltado a novos exportadores",
                "[Exemple] Programme de préparation à l'exportation pour les primo-exportateurs"),
            T("Illustrative programme: export diagnostics, market information and trade-fair participation, with places reserved for women-led firms.",
                "Programa ilustrativo: diagnósticos de exportación, información de mercados y participación en ferias, con cupos reservados para empresas dirigidas por mujeres.",
                "Programa ilustrativo: diagnósticos de exportação, informações de mercado e participação em feiras, com vagas reservadas para empresas lideradas por mulheres.",
                "Programme illustratif : diagnostics à l'exportation, information sur les marchés et participation à des salons, avec des places réservées aux entreprises dirigées par des femmes."),
            [InstitutionKind.ExportPromotionAgency, InstitutionKind.DevelopmentBank]),
        .. More,
    ];
}
