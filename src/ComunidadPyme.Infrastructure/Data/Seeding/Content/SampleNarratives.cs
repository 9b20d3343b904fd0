using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>Short illustrative progress narratives in the four OAS languages.</summary>
internal static class SampleNarratives
{
    private static readonly LocalizedText[] s_closings =
    [
        SampleText.T(
            "Measures include an inter-institutional working group, consultations with business associations and a pilot with regional support centres.",
            "Las medidas incluyen un grupo de trabajo interinstitucional, consultas con las asociaciones empresariales y un piloto con centros regionales de apoyo.",
            "As medidas incluem um grupo de trabalho interinstitucional, consultas às associações empresariais e um projeto-piloto com centros regionais de apoio.",
            "Les mesures comprennent un groupe de travail interinstitutionnel, des consultations avec les associations professionnelles et un projet pilote avec des centres d'appui régionaux."),
        SampleText.T(
            "A review of progress with the private sector is scheduled before the IV Inter-American Dialogue.",
            "Antes del IV Diálogo Interamericano está prevista una revisión de los avances con el sector privado.",
            "Está prevista uma revisão dos avanços com o setor privado antes do IV Diálogo Interamericano.",
            "Un examen des progrès avec le secteur privé est prévu avant le IVe Dialogue interaméricain."),
        SampleText.T(
            "Results are followed through the indicators published on the Comunidad PYME portal.",
            "Los resultados se siguen mediante los indicadores publicados en el portal Comunidad PYME.",
            "Os resultados são acompanhados por meio dos indicadores publicados no portal Comunidad PYME.",
            "Les résultats sont suivis au moyen des indicateurs publiés sur le portail Comunidad PYME."),
    ];

    public static LocalizedText For(Principle principle, ProgressLevel level, Random random)
    {
        var state = State(level);
        var closing = s_closings[random.Next(s_closings.Length)];
        var title = principle.ShortTitle;
        return SampleText.T(
            $"[Sample] Illustrative narrative: the national MSME authority reports that work on \"{title.In(Languages.English)}\" {state.En}. {closing.En}",
            $"[Ejemplo] Narrativa ilustrativa: la autoridad nacional de MIPYME informa que el trabajo sobre «{title.In(Languages.Spanish)}» {state.Es}. {closing.Es}",
            $"[Exemplo] Narrativa ilustrativa: a autoridade nacional de MPME informa que o trabalho sobre “{title.In(Languages.Portuguese)}” {state.Pt}. {closing.Pt}",
            $"[Exemple] Récit illustratif : l'autorité nationale des MPME indique que les travaux relatifs à « {title.In(Languages.French)} » {state.Fr}. {closing.Fr}");
    }

    private static LocalizedText State(ProgressLevel level) => level switch
    {
        ProgressLevel.Planned => SampleText.T(
            "is planned for the coming year", "está previsto para el próximo año",
            "está previsto para o próximo ano", "sont prévus pour l'année prochaine"),
        ProgressLevel.InProgress => SampleText.T(
            "is in progress", "está en curso", "está em andamento", "sont en cours"),
        ProgressLevel.Advanced => SampleText.T(
            "is well advanced", "está muy avanzado", "está bem avançado", "sont bien avancés"),
        ProgressLevel.Achieved => SampleText.T(
            "has been completed", "se ha completado", "foi concluído", "sont achevés"),
        _ => SampleText.T(
            "has not started yet", "aún no ha comenzado", "ainda não começou", "n'ont pas encore commencé"),
    };
}
