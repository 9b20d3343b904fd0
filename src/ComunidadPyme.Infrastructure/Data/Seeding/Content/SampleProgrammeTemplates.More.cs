using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Programmes;
using static ComunidadPyme.Infrastructure.Data.Seeding.Content.SampleText;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

internal static partial class SampleProgrammeTemplates
{
    // A property, not a field: the list in the other part reads it during its own initialisation, and the
    // order in which partial files initialise static fields is not defined.
    private static IEnumerable<SampleProgrammeTemplate> More =>
    [
        new(ProgrammeType.ProcurementAccess, TargetGroups.AllMsmes,
            T("[Sample] Supplier development for public procurement",
                "[Ejemplo] Desarrollo de proveedores para las compras públicas",
                "[Exemplo] Desenvolvimento de fornecedores para as compras públicas",
                "[Exemple] Développement des fournisseurs pour les marchés publics"),
            T("Illustrative programme: training and guidance so that MSMEs can register as suppliers and bid for public contracts.",
                "Programa ilustrativo: capacitación y orientación para que las MIPYME se inscriban como proveedoras y participen en licitaciones públicas.",
                "Programa ilustrativo: capacitação e orientação para que as MPME se cadastrem como fornecedoras e participem de licitações públicas.",
                "Programme illustratif : formation et accompagnement pour que les MPME s'inscrivent comme fournisseurs et soumissionnent aux marchés publics."),
            [InstitutionKind.MinistryUnit, InstitutionKind.NationalMsmeAuthority]),
        new(ProgrammeType.Digital, TargetGroups.MicroEnterprises | TargetGroups.SmallEnterprises | TargetGroups.YoungEntrepreneurs,
            T("[Sample] Digital transformation vouchers for MSMEs",
                "[Ejemplo] Bonos de transformación digital para MIPYME",
                "[Exemplo] Vales de transformação digital para MPME",
                "[Exemple] Chèques de transformation numérique pour les MPME"),
            T("Illustrative programme: co-financed vouchers for e-commerce, digital payments and online marketing services.",
                "Programa ilustrativo: bonos cofinanciados para servicios de comercio electrónico, pagos digitales y mercadeo en línea.",
                "Programa ilustrativo: vales cofinanciados para serviços de comércio eletrônico, pagamentos digitais e marketing on-line.",
                "Programme illustratif : chèques cofinancés pour des services de commerce électronique, de paiement numérique et de marketing en ligne."),
            [InstitutionKind.SbdcNetwork, InstitutionKind.MinistryUnit, InstitutionKind.NationalMsmeAuthority]),
        new(ProgrammeType.TrainingAndTechnicalAssistance,
            TargetGroups.RuralEnterprises | TargetGroups.IndigenousAndAfroDescendantEntrepreneurs,
            T("[Sample] Technical assistance for rural and community enterprises",
                "[Ejemplo] Asistencia técnica para empresas rurales y comunitarias",
                "[Exemplo] Assistência técnica para empresas rurais e comunitárias",
                "[Exemple] Assistance technique aux entreprises rurales et communautaires"),
            T("Illustrative programme: field advisers help rural, Indigenous and Afro-descendant enterprises improve production and reach new buyers.",
                "Programa ilustrativo: asesores de campo ayudan a empresas rurales, indígenas y afrodescendientes a mejorar su producción y llegar a nuevos compradores.",
                "Programa ilustrativo: assessores de campo ajudam empresas rurais, indígenas e afrodescendentes a melhorar sua produção e alcançar novos compradores.",
                "Programme illustratif : des conseillers de terrain aident les entreprises rurales, autochtones et afrodescendantes à améliorer leur production et à atteindre de nouveaux acheteurs."),
            [InstitutionKind.SbdcNetwork, InstitutionKind.NationalMsmeAuthority, InstitutionKind.MinistryUnit]),
        new(ProgrammeType.Finance, TargetGroups.StartUps | TargetGroups.YoungEntrepreneurs,
            T("[Sample] Seed capital for start-ups led by young entrepreneurs",
                "[Ejemplo] Capital semilla para emprendimientos de jóvenes",
                "[Exemplo] Capital semente para startups de jovens empreendedores",
                "[Exemple] Capital d'amorçage pour les jeunes pousses de jeunes entrepreneurs"),
            T("Illustrative programme: non-reimbursable seed grants and coaching for start-ups whose founders are under 35.",
                "Programa ilustrativo: capital semilla no reembolsable y acompañamiento para emprendimientos cuyos fundadores tienen menos de 35 años.",
                "Programa ilustrativo: capital semente não reembolsável e acompanhamento para startups cujos fundadores têm menos de 35 anos.",
                "Programme illustratif : subventions d'amorçage non remboursables et accompagnement pour les jeunes pousses dont les fondateurs ont moins de 35 ans."),
            [InstitutionKind.DevelopmentBank, InstitutionKind.SbdcNetwork]),
    ];
}
