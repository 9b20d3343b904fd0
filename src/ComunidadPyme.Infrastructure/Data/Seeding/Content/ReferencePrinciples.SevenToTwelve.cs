using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

public static partial class ReferencePrinciples
{
    private static IEnumerable<Principle> PrinciplesSevenToTwelve()
    {
        yield return Principle(7,
            T("Equal opportunity and legal certainty",
                "Igualdad de oportunidades y seguridad jurídica",
                "Igualdade de oportunidades e segurança jurídica",
                "Égalité des chances et sécurité juridique"),
            T("Promote the development of MSME activities in markets of the region on the basis of the principles of equal opportunity, simplification of national legislation, legal certainty and regulatory stability which are necessary for designing sustainable business projects and creating quality jobs and social inclusion.",
                "Promover el desarrollo de las actividades de las MIPYME en los mercados de la región sobre la base de los principios de igualdad de oportunidades, simplificación de la legislación nacional, seguridad jurídica y estabilidad normativa, necesarios para diseñar proyectos empresariales sostenibles y crear empleos de calidad e inclusión social.",
                "Promover o desenvolvimento das atividades das MPME nos mercados da região com base nos princípios de igualdade de oportunidades, simplificação da legislação nacional, segurança jurídica e estabilidade regulatória, necessários para a concepção de projetos empresariais sustentáveis e para a criação de empregos de qualidade e de inclusão social.",
                "Promouvoir le développement des activités des MPME sur les marchés de la région sur la base des principes d'égalité des chances, de simplification de la législation nationale, de sécurité juridique et de stabilité réglementaire, nécessaires à la conception de projets d'entreprise durables ainsi qu'à la création d'emplois de qualité et à l'inclusion sociale."));

        yield return Principle(8,
            T("Predictable and simpler tax regime",
                "Régimen fiscal previsible y simplificado",
                "Regime fiscal previsível e simplificado",
                "Régime fiscal prévisible et simplifié"),
            T("Promote a predictable and coherent fiscal regime for MSMEs and new entrepreneurs favoring them with a less burdensome tax regime and the simplification of procedures to facilitate their growth and sustainability.",
                "Promover un régimen fiscal previsible y coherente para las MIPYME y los nuevos emprendedores, que los favorezca con un régimen tributario menos gravoso y con la simplificación de trámites para facilitar su crecimiento y sostenibilidad.",
                "Promover um regime fiscal previsível e coerente para as MPME e os novos empreendedores, favorecendo-os com um regime tributário menos oneroso e com a simplificação de procedimentos para facilitar seu crescimento e sustentabilidade.",
                "Promouvoir un régime fiscal prévisible et cohérent pour les MPME et les nouveaux entrepreneurs, en les favorisant par un régime d'imposition moins lourd et par la simplification des procédures afin de faciliter leur croissance et leur pérennité."));

        yield return Principle(9,
            T("Policy coherence across levels of government",
                "Coherencia de las políticas entre niveles",
                "Coerência das políticas entre níveis",
                "Cohérence des politiques entre niveaux"),
            T("Call for greater policy coherence among governments and institutions at the national, regional and international levels to facilitate the development of MSMEs.",
                "Propugnar una mayor coherencia de las políticas entre los gobiernos y las instituciones en los planos nacional, regional e internacional para facilitar el desarrollo de las MIPYME.",
                "Defender uma maior coerência das políticas entre os governos e as instituições nos níveis nacional, regional e internacional para facilitar o desenvolvimento das MPME.",
                "Appeler à une plus grande cohérence des politiques entre les gouvernements et les institutions aux niveaux national, régional et international afin de faciliter le développement des MPME."));

        yield return Principle(10,
            T("Innovation for internationalization",
                "Innovación para la internacionalización",
                "Inovação para a internacionalização",
                "Innovation au service de l'internationalisation"),
            T("Promote innovation in micro, small and medium enterprises to ensure their effective participation in the internationalization processes.",
                "Promover la innovación en las micro, pequeñas y medianas empresas para asegurar su participación efectiva en los procesos de internacionalización.",
                "Promover a inovação nas micro, pequenas e médias empresas para assegurar sua participação efetiva nos processos de internacionalização.",
                "Promouvoir l'innovation dans les micro, petites et moyennes entreprises afin d'assurer leur participation effective aux processus d'internationalisation."));

        yield return Principle(11,
            T("Development stage rather than firm size",
                "Etapa de desarrollo en lugar del tamaño",
                "Estágio de desenvolvimento em vez do porte",
                "Stade de développement plutôt que taille"),
            T("Promote a change in approach when designing policies for business development putting the emphasis on the development stage of the firms instead of focusing on their size.",
                "Promover un cambio de enfoque en el diseño de las políticas de desarrollo empresarial, poniendo el énfasis en la etapa de desarrollo de las empresas en lugar de centrarse en su tamaño.",
                "Promover uma mudança de enfoque na concepção das políticas de desenvolvimento empresarial, colocando a ênfase no estágio de desenvolvimento das empresas em vez de se concentrar em seu porte.",
                "Promouvoir un changement d'approche dans la conception des politiques de développement des entreprises, en mettant l'accent sur le stade de développement des entreprises plutôt que sur leur taille."));

        yield return Principle(12,
            T("Information on tax benefits and assistance",
                "Información sobre beneficios tributarios y asistencia",
                "Informação sobre benefícios tributários e assistência",
                "Information sur les avantages fiscaux et assistance"),
            T("Provide information to MSMEs and entrepreneurs on advantageous tax policies for their establishment and development (benefits, exemptions, etc.), as well as maintain specialized technical assistance to facilitate the implementation of simplified procedures.",
                "Brindar información a las MIPYME y a los emprendedores sobre las políticas tributarias ventajosas para su establecimiento y desarrollo (beneficios, exenciones, etc.), así como mantener una asistencia técnica especializada que facilite la aplicación de procedimientos simplificados.",
                "Fornecer informação às MPME e aos empreendedores sobre as políticas tributárias vantajosas para sua constituição e desenvolvimento (benefícios, isenções etc.), bem como manter assistência técnica especializada para facilitar a aplicação de procedimentos simplificados.",
                "Informer les MPME et les entrepreneurs des politiques fiscales avantageuses pour leur création et leur développement (avantages, exonérations, etc.) et maintenir une assistance technique spécialisée afin de faciliter la mise en œuvre de procédures simplifiées."));
    }
}
