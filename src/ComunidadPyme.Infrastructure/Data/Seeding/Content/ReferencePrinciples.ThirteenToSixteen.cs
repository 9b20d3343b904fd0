using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferencePrinciples
{
    private static IEnumerable<Principle> PrinciplesThirteenToSixteen()
    {
        yield return Principle(13,
            T("MSMEs visible in export statistics",
                "Las MIPYME en las estadísticas de exportación",
                "As MPME nas estatísticas de exportação",
                "Les MPME dans les statistiques d'exportation"),
            T("Promote regional projects to make more visible the participation of MSMEs in export statistics of each country.",
                "Promover proyectos regionales para dar mayor visibilidad a la participación de las MIPYME en las estadísticas de exportación de cada país.",
                "Promover projetos regionais para dar maior visibilidade à participação das MPME nas estatísticas de exportação de cada país.",
                "Promouvoir des projets régionaux visant à rendre plus visible la participation des MPME dans les statistiques d'exportation de chaque pays."));

        yield return Principle(14,
            T("Access to finance and guarantee systems",
                "Acceso al financiamiento y sistemas de garantías",
                "Acesso ao financiamento e sistemas de garantias",
                "Accès au financement et systèmes de garantie"),
            T("Identify key barriers that MSMEs face in accessing financing, promoting public policies that facilitate the channeling of funds through both traditional systems and other funding mechanisms for their internationalization, and developing systems of guarantees that facilitate their access to credit.",
                "Identificar los principales obstáculos que enfrentan las MIPYME para acceder al financiamiento, promoviendo políticas públicas que faciliten la canalización de fondos tanto a través de los sistemas tradicionales como de otros mecanismos de financiamiento para su internacionalización, y desarrollando sistemas de garantías que faciliten su acceso al crédito.",
                "Identificar as principais barreiras que as MPME enfrentam no acesso ao financiamento, promovendo políticas públicas que facilitem a canalização de recursos tanto pelos sistemas tradicionais quanto por outros mecanismos de financiamento para sua internacionalização, e desenvolvendo sistemas de garantias que facilitem seu acesso ao crédito.",
                "Recenser les principaux obstacles auxquels se heurtent les MPME pour accéder au financement, en promouvant des politiques publiques qui facilitent l'acheminement des fonds tant par les systèmes traditionnels que par d'autres mécanismes de financement de leur internationalisation, et en développant des systèmes de garantie qui facilitent leur accès au crédit."));

        yield return Principle(15,
            T("MSME access to government procurement",
                "Acceso de las MIPYME a las compras públicas",
                "Acesso das MPME às compras públicas",
                "Accès des MPME aux marchés publics"),
            T("Facilitate the participation of MSMEs in government procurement by identifying opportunities in the regional market and the simplification of procedures, including guidance and expert support throughout the process, in accordance with national legislation.",
                "Facilitar la participación de las MIPYME en las compras gubernamentales mediante la identificación de oportunidades en el mercado regional y la simplificación de procedimientos, incluidos la orientación y el apoyo especializado durante todo el proceso, de conformidad con la legislación nacional.",
                "Facilitar a participação das MPME nas compras governamentais mediante a identificação de oportunidades no mercado regional e a simplificação de procedimentos, incluindo orientação e apoio especializado ao longo de todo o processo, de acordo com a legislação nacional.",
                "Faciliter la participation des MPME aux marchés publics en recensant les possibilités offertes par le marché régional et en simplifiant les procédures, y compris par une orientation et un appui spécialisé tout au long du processus, conformément à la législation nationale."));

        yield return Principle(16,
            T("Online portals connecting MSME buyers and sellers",
                "Portales en línea para compradores y vendedores",
                "Portais on-line para compradores e vendedores",
                "Portails en ligne pour acheteurs et vendeurs"),
            T("Encourage the establishment of online portals to connect MSMEs in the region interested in buying and selling products and services.",
                "Fomentar la creación de portales en línea para conectar a las MIPYME de la región interesadas en comprar y vender productos y servicios.",
                "Incentivar a criação de portais on-line para conectar as MPME da região interessadas em comprar e vender produtos e serviços.",
                "Encourager la création de portails en ligne pour mettre en relation les MPME de la région désireuses d'acheter et de vendre des produits et des services."));
    }
}
