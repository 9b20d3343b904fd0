using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferencePrinciples
{
    private static IEnumerable<Principle> PrinciplesOneToSix()
    {
        yield return Principle(1,
            T("Bilateral agreements for MSME trade",
                "Acuerdos bilaterales para el comercio de las MIPYME",
                "Acordos bilaterais para o comércio das MPME",
                "Accords bilatéraux pour le commerce des MPME"),
            T("Promote the establishment of bilateral agreements between countries of the continent in order to facilitate trade among MSMEs from the region.",
                "Promover el establecimiento de acuerdos bilaterales entre los países del continente con el fin de facilitar el comercio entre las MIPYME de la región.",
                "Promover o estabelecimento de acordos bilaterais entre os países do continente a fim de facilitar o comércio entre as MPME da região.",
                "Promouvoir la conclusion d'accords bilatéraux entre les pays du continent afin de faciliter les échanges commerciaux entre les MPME de la région."));

        yield return Principle(2,
            T("Awareness of trade agreement opportunities",
                "Oportunidades de los acuerdos comerciales",
                "Oportunidades dos acordos comerciais",
                "Possibilités offertes par les accords commerciaux"),
            T("Increase awareness about the opportunities that trade agreements and international markets provide for the development of the activities of MSMEs and entrepreneurs.",
                "Aumentar el conocimiento de las oportunidades que los acuerdos comerciales y los mercados internacionales ofrecen para el desarrollo de las actividades de las MIPYME y de los emprendedores.",
                "Ampliar o conhecimento sobre as oportunidades que os acordos comerciais e os mercados internacionais oferecem para o desenvolvimento das atividades das MPME e dos empreendedores.",
                "Mieux faire connaître les possibilités que les accords commerciaux et les marchés internationaux offrent pour le développement des activités des MPME et des entrepreneurs."));

        yield return Principle(3,
            T("Internationalization tools and value chains",
                "Herramientas de internacionalización y cadenas de valor",
                "Ferramentas de internacionalização e cadeias de valor",
                "Outils d'internationalisation et chaînes de valeur"),
            T("Promote the development and dissemination of tools to support the internationalization of MSMEs from the region enabling them to grow and insert themselves into regional and global value chains.",
                "Promover el desarrollo y la difusión de herramientas de apoyo a la internacionalización de las MIPYME de la región que les permitan crecer e insertarse en las cadenas de valor regionales y globales.",
                "Promover o desenvolvimento e a difusão de ferramentas de apoio à internacionalização das MPME da região que lhes permitam crescer e inserir-se nas cadeias de valor regionais e globais.",
                "Promouvoir l'élaboration et la diffusion d'outils d'appui à l'internationalisation des MPME de la région leur permettant de croître et de s'insérer dans les chaînes de valeur régionales et mondiales."));

        yield return Principle(4,
            T("Strategic alliances among regional MSMEs",
                "Alianzas estratégicas entre MIPYME de la región",
                "Alianças estratégicas entre MPME da região",
                "Alliances stratégiques entre MPME de la région"),
            T("Promote the cooperation among MSMEs from the region through strategic alliances, including the development of productive integration projects in priority development areas of each country.",
                "Promover la cooperación entre las MIPYME de la región mediante alianzas estratégicas, incluido el desarrollo de proyectos de integración productiva en las áreas prioritarias de desarrollo de cada país.",
                "Promover a cooperação entre as MPME da região por meio de alianças estratégicas, incluindo o desenvolvimento de projetos de integração produtiva nas áreas prioritárias de desenvolvimento de cada país.",
                "Promouvoir la coopération entre les MPME de la région au moyen d'alliances stratégiques, y compris l'élaboration de projets d'intégration productive dans les domaines de développement prioritaires de chaque pays."));

        yield return Principle(5,
            T("Public-private financing of internationalization",
                "Financiamiento público-privado de la internacionalización",
                "Financiamento público-privado da internacionalização",
                "Financement public-privé de l'internationalisation"),
            T("Promote public-private partnerships to finance the internationalization of MSMEs.",
                "Promover alianzas público-privadas para financiar la internacionalización de las MIPYME.",
                "Promover parcerias público-privadas para financiar a internacionalização das MPME.",
                "Promouvoir les partenariats public-privé pour financer l'internationalisation des MPME."));

        yield return Principle(6,
            T("Public-private-academia support partnerships",
                "Alianzas de apoyo público-privadas-académicas",
                "Parcerias de apoio público-privadas-acadêmicas",
                "Partenariats d'appui public-privé-université"),
            T("Promote public-private-academia partnerships that, through the small business development centers and other initiatives, provide technical assistance and integral support to the sector so as to improve its productivity and competitiveness facilitating the commercial interconnection of MSMEs.",
                "Promover alianzas entre los sectores público, privado y académico que, mediante los centros de desarrollo de pequeñas empresas y otras iniciativas, brinden asistencia técnica y apoyo integral al sector a fin de mejorar su productividad y competitividad, facilitando la interconexión comercial de las MIPYME.",
                "Promover parcerias entre os setores público, privado e acadêmico que, por meio dos centros de desenvolvimento de pequenas empresas e de outras iniciativas, prestem assistência técnica e apoio integral ao setor, a fim de melhorar sua produtividade e competitividade, facilitando a interconexão comercial das MPME.",
                "Promouvoir des partenariats entre les secteurs public, privé et universitaire qui, par l'intermédiaire des centres de développement des petites entreprises et d'autres initiatives, fournissent une assistance technique et un appui intégral au secteur afin d'améliorer sa productivité et sa compétitivité, en facilitant l'interconnexion commerciale des MPME."));
    }
}
