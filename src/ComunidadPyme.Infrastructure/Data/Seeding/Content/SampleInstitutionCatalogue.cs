using ComunidadPyme.Core.Countries;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// Real public bodies of the sample countries. The first of each list holds the (fictitious) focal points.
/// Website addresses are given only where they are long-standing and well known.
/// </summary>
internal static class SampleInstitutionCatalogue
{
    public static IReadOnlyList<SampleInstitutionSeed> For(string iso2) => iso2 switch
    {
        "BR" =>
        [
            new(InstitutionKind.NationalMsmeAuthority, "MEMP", "Ministério do Empreendedorismo, da Microempresa e da Empresa de Pequeno Porte", "Ministry of Entrepreneurship, Micro-enterprises and Small Enterprises"),
            new(InstitutionKind.SbdcNetwork, "SEBRAE", "Serviço Brasileiro de Apoio às Micro e Pequenas Empresas", "Brazilian Micro and Small Business Support Service", WebsiteUrl: "https://www.sebrae.com.br"),
            new(InstitutionKind.DevelopmentBank, "BNDES", "Banco Nacional de Desenvolvimento Econômico e Social", "National Bank for Economic and Social Development", WebsiteUrl: "https://www.bndes.gov.br"),
        ],
        "MX" =>
        [
            new(InstitutionKind.MinistryUnit, null, "Secretaría de Economía", "Ministry of Economy"),
            new(InstitutionKind.DevelopmentBank, "NAFIN", "Nacional Financiera", "Nacional Financiera (national development bank)"),
            new(InstitutionKind.StatisticsOffice, "INEGI", "Instituto Nacional de Estadística y Geografía", "National Institute of Statistics and Geography", WebsiteUrl: "https://www.inegi.org.mx"),
        ],
        "CO" =>
        [
            new(InstitutionKind.MinistryUnit, "MinCIT", "Ministerio de Comercio, Industria y Turismo", "Ministry of Trade, Industry and Tourism"),
            new(InstitutionKind.DevelopmentBank, "Bancóldex", "Banco de Comercio Exterior de Colombia", "Foreign Trade Bank of Colombia"),
            new(InstitutionKind.GuaranteeInstitution, "FNG", "Fondo Nacional de Garantías", "National Guarantee Fund"),
        ],
        "CL" =>
        [
            new(InstitutionKind.MinistryUnit, null, "División de Empresas de Menor Tamaño, Ministerio de Economía, Fomento y Turismo", "Smaller Enterprises Division, Ministry of Economy, Development and Tourism"),
            new(InstitutionKind.SbdcNetwork, "Sercotec", "Servicio de Cooperación Técnica", "Technical Cooperation Service"),
            new(InstitutionKind.DevelopmentBank, "CORFO", "Corporación de Fomento de la Producción", "Production Development Corporation", WebsiteUrl: "https://www.corfo.cl"),
        ],
        "PE" =>
        [
            new(InstitutionKind.MinistryUnit, "PRODUCE", "Ministerio de la Producción", "Ministry of Production"),
            new(InstitutionKind.DevelopmentBank, "COFIDE", "Corporación Financiera de Desarrollo", "Development Finance Corporation"),
            new(InstitutionKind.ExportPromotionAgency, "PROMPERÚ", "Comisión de Promoción del Perú para la Exportación y el Turismo", "Commission for the Promotion of Peru for Export and Tourism"),
        ],
        "CA" =>
        [
            new(InstitutionKind.MinistryUnit, "ISED", "Innovation, Science and Economic Development Canada", "Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada"),
            new(InstitutionKind.DevelopmentBank, "BDC", "Business Development Bank of Canada", "Business Development Bank of Canada", "Banque de développement du Canada", "https://www.bdc.ca"),
            new(InstitutionKind.StatisticsOffice, null, "Statistics Canada", "Statistics Canada", "Statistique Canada", "https://www.statcan.gc.ca"),
        ],
        "JM" =>
        [
            new(InstitutionKind.NationalMsmeAuthority, "JBDC", "Jamaica Business Development Corporation", "Jamaica Business Development Corporation"),
            new(InstitutionKind.DevelopmentBank, "DBJ", "Development Bank of Jamaica", "Development Bank of Jamaica"),
            new(InstitutionKind.StatisticsOffice, "STATIN", "Statistical Institute of Jamaica", "Statistical Institute of Jamaica"),
        ],
        "CR" =>
        [
            new(InstitutionKind.MinistryUnit, "MEIC", "Ministerio de Economía, Industria y Comercio", "Ministry of Economy, Industry and Commerce"),
            new(InstitutionKind.DevelopmentBank, "SBD", "Sistema de Banca para el Desarrollo", "Development Banking System"),
            new(InstitutionKind.ExportPromotionAgency, "PROCOMER", "Promotora del Comercio Exterior de Costa Rica", "Costa Rican Foreign Trade Promoter"),
        ],
        "HT" =>
        [
            new(InstitutionKind.MinistryUnit, "MCI", "Ministère du Commerce et de l'Industrie", "Ministry of Trade and Industry"),
            new(InstitutionKind.StatisticsOffice, "IHSI", "Institut Haïtien de Statistique et d'Informatique", "Haitian Institute of Statistics and Informatics"),
        ],
        _ => [],
    };
}
