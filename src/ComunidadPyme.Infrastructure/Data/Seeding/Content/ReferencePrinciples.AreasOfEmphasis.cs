using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferencePrinciples
{
    private static IEnumerable<Principle> AreasOfEmphasis()
    {
        yield return Area(1,
            T("Simplification of procedures",
                "Simplificación de trámites",
                "Simplificação de procedimentos",
                "Simplification des procédures"),
            T("Simplification of procedures to facilitate MSMEs' access to internationalization opportunities and the regional market as well as other legal initiatives supporting MSMEs.",
                "Simplificación de trámites para facilitar el acceso de las MIPYME a las oportunidades de internacionalización y al mercado regional, así como otras iniciativas legales de apoyo a las MIPYME.",
                "Simplificação de procedimentos para facilitar o acesso das MPME às oportunidades de internacionalização e ao mercado regional, bem como outras iniciativas legais de apoio às MPME.",
                "Simplification des procédures pour faciliter l'accès des MPME aux possibilités d'internationalisation et au marché régional, ainsi que d'autres initiatives juridiques à l'appui des MPME."));

        yield return Area(2,
            T("Convergence of virtual business platforms",
                "Convergencia de plataformas virtuales de negocios",
                "Convergência das plataformas virtuais de negócios",
                "Convergence des plateformes d'affaires virtuelles"),
            T("Convergence of the different virtual business platforms, with the assistance of the network of MSME support institutions, such as the SBDC.Global platform, SEBRAE's Central de Oportunidades, ConnectAmericas and other regional initiatives.",
                "Convergencia de las distintas plataformas virtuales de negocios, con la asistencia de la red de instituciones de apoyo a las MIPYME, como la plataforma SBDC.Global, la Central de Oportunidades del SEBRAE, ConnectAmericas y otras iniciativas regionales.",
                "Convergência das diferentes plataformas virtuais de negócios, com a assistência da rede de instituições de apoio às MPME, como a plataforma SBDC.Global, a Central de Oportunidades do SEBRAE, a ConnectAmericas e outras iniciativas regionais.",
                "Convergence des différentes plateformes d'affaires virtuelles, avec l'aide du réseau d'institutions d'appui aux MPME, telles que la plateforme SBDC.Global, la Central de Oportunidades du SEBRAE, ConnectAmericas et d'autres initiatives régionales."));

        yield return Area(3,
            T("Strengthening the Comunidad PYME portal",
                "Fortalecimiento del portal Comunidad PYME",
                "Fortalecimento do portal Comunidad PYME",
                "Renforcement du portail Comunidad PYME"),
            T("Strengthening of the Comunidad PYME online portal by linking the competent authorities as focal points to provide up-to-date information, including statistics, indicators, legal and regulatory framework, to support countries' public policies on MSMEs.",
                "Fortalecimiento del portal en línea Comunidad PYME mediante la vinculación de las autoridades competentes como puntos focales que proporcionen información actualizada, incluidos estadísticas, indicadores y el marco jurídico y normativo, en apoyo de las políticas públicas de los países sobre las MIPYME.",
                "Fortalecimento do portal on-line Comunidad PYME mediante a vinculação das autoridades competentes como pontos focais para fornecer informações atualizadas, incluindo estatísticas, indicadores e o marco legal e regulatório, em apoio às políticas públicas dos países para as MPME.",
                "Renforcement du portail en ligne Comunidad PYME en y associant les autorités compétentes en tant que points focaux chargés de fournir des informations à jour, notamment des statistiques, des indicateurs et le cadre juridique et réglementaire, à l'appui des politiques publiques des pays en faveur des MPME."));

        yield return Area(4,
            T("Regional cooperation on good practices",
                "Cooperación regional en buenas prácticas",
                "Cooperação regional em boas práticas",
                "Coopération régionale sur les bonnes pratiques"),
            T("Regional cooperation based on good practices related to institutional models and legal frameworks cognizant of the fact that the more we share, the more we learn and the more we strengthen our institutional capacities.",
                "Cooperación regional basada en buenas prácticas relativas a modelos institucionales y marcos jurídicos, conscientes de que cuanto más compartimos, más aprendemos y más fortalecemos nuestras capacidades institucionales.",
                "Cooperação regional baseada em boas práticas relativas a modelos institucionais e marcos legais, cientes de que quanto mais compartilhamos, mais aprendemos e mais fortalecemos nossas capacidades institucionais.",
                "Coopération régionale fondée sur les bonnes pratiques en matière de modèles institutionnels et de cadres juridiques, en sachant que plus nous partageons, plus nous apprenons et plus nous renforçons nos capacités institutionnelles."));

        yield return Area(5,
            T("Internationalization tools and women entrepreneurs",
                "Herramientas de internacionalización y mujeres emprendedoras",
                "Ferramentas de internacionalização e mulheres empreendedoras",
                "Outils d'internationalisation et femmes entrepreneures"),
            T("Promote the development and dissemination of tools for facilitating the internationalization of MSMEs to allow them to grow and participate in regional and global value chains. Special attention should be given to the development of specialized tools to promote internationalization projects of women entrepreneurs.",
                "Promover el desarrollo y la difusión de herramientas que faciliten la internacionalización de las MIPYME para permitirles crecer y participar en las cadenas de valor regionales y globales. Debe prestarse especial atención al desarrollo de herramientas especializadas para promover proyectos de internacionalización de mujeres emprendedoras.",
                "Promover o desenvolvimento e a difusão de ferramentas que facilitem a internacionalização das MPME para permitir que cresçam e participem das cadeias de valor regionais e globais. Deve-se dar especial atenção ao desenvolvimento de ferramentas especializadas para promover projetos de internacionalização de mulheres empreendedoras.",
                "Promouvoir l'élaboration et la diffusion d'outils facilitant l'internationalisation des MPME afin de leur permettre de croître et de participer aux chaînes de valeur régionales et mondiales. Une attention particulière devrait être accordée à l'élaboration d'outils spécialisés pour promouvoir les projets d'internationalisation des femmes entrepreneures."));
    }
}
