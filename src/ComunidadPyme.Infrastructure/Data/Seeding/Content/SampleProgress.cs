using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// A closed earlier cycle and the open reporting cycle, with a few progress reports per sample country taken
/// through the real workflow (Submit, Assess, Accept, Return) so that their states, the reviewer's levels and the
/// review stamps are consistent. The earlier cycle's reports are accepted, on the same principles, so every
/// country has a change since the previous cycle to show.
/// </summary>
internal static class SampleProgress
{
    public const string Reviewer = "sample reviewer";

    // A fixed rotation gives every country a mix of states and the whole set a few of each.
    private static readonly WorkflowState[] s_stateRotation =
    [
        WorkflowState.Accepted, WorkflowState.Submitted, WorkflowState.Draft, WorkflowState.Submitted,
        WorkflowState.Accepted, WorkflowState.Draft, WorkflowState.Returned,
    ];

    public static ReportingCycle Cycle() => new()
    {
        Name = SampleText.T(
            "Towards the IV Inter-American Dialogue",
            "Hacia el IV Diálogo Interamericano",
            "Rumo ao IV Diálogo Interamericano",
            "Vers le IVe Dialogue interaméricain"),
        OpensOn = new DateOnly(2025, 1, 1),
        SubmissionDeadline = new DateOnly(2027, 6, 30),
        Status = ReportingCycleStatus.Open,
    };

    public static ReportingCycle PreviousCycle() => new()
    {
        Name = SampleText.T(
            "Follow-up to the III Inter-American Dialogue (Brasilia 2013)",
            "Seguimiento del III Diálogo Interamericano (Brasilia 2013)",
            "Acompanhamento do III Diálogo Interamericano (Brasília 2013)",
            "Suivi du IIIe Dialogue interaméricain (Brasilia 2013)"),
        OpensOn = new DateOnly(2014, 1, 1),
        SubmissionDeadline = new DateOnly(2015, 6, 30),
        Status = ReportingCycleStatus.Closed,
    };

    /// <summary>
    /// The country's accepted reports of the earlier cycle, on the principles it reports on now, one level lower
    /// or the same. Its own random source keeps the rest of the sample content as it was.
    /// </summary>
    public static List<ProgressReport> ForPreviousCycle(
        Country country, SampleCountryProfile profile, int countryIndex, PrincipleLookup principles, ReportingCycle cycle)
    {
        var random = new Random(7000 + countryIndex);
        var reports = new List<ProgressReport>();
        foreach (var principle in Chosen(countryIndex, principles).Where(p => p.Kind == PrincipleKind.Principle))
        {
            var level = random.Next(3) switch { 0 => ProgressLevel.Planned, 1 => ProgressLevel.InProgress, _ => ProgressLevel.Advanced };
            var report = new ProgressReport
            {
                CountryId = country.Id,
                IsSample = true,
                PrincipleId = principle.Id,
                Principle = principle,
                ReportingCycle = cycle,
                Level = level,
                Narrative = SampleText.In(profile.Language, SampleNarratives.For(principle, level, random)),
            };
            var submittedAt = new DateTime(2014, 9, 1, 14, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 200));
            report.Submit($"Sample Focal Point ({country.Name.En})", submittedAt);
            report.Assess(Reviewer, submittedAt.AddDays(20), (AssessmentLevel)Math.Max(1, (int)level - random.Next(2)),
                "Sample assessment: the framework is in place; its funding and monitoring are partial.");
            report.Accept(Reviewer, submittedAt.AddDays(21), "Sample review: accepted.");
            reports.Add(report);
        }

        return reports;
    }

    public static List<ProgressReport> For(
        Country country,
        SampleCountryProfile profile,
        int countryIndex,
        PrincipleLookup principles,
        ReportingCycle cycle,
        Random random)
    {
        var reports = new List<ProgressReport>();
        foreach (var principle in Chosen(countryIndex, principles))
        {
            var state = s_stateRotation[(4 * countryIndex + reports.Count) % s_stateRotation.Length];
            reports.Add(Create(country, profile, principle, cycle, state, random, countryIndex));
        }

        return reports;
    }

    private static IEnumerable<Principle> Chosen(int countryIndex, PrincipleLookup principles)
    {
        const int principlesPerCountry = 3;
        var chosen = new List<Principle?>();
        for (var k = 0; k < principlesPerCountry; k++)
        {
            chosen.Add(principles.Principle((5 * countryIndex + 4 * k) % Principle.PrincipleCount + 1));
        }

        chosen.Add(principles.Area(countryIndex % Principle.AreaOfEmphasisCount + 1));
        return chosen.OfType<Principle>();
    }

    private static ProgressReport Create(
        Country country,
        SampleCountryProfile profile,
        Principle principle,
        ReportingCycle cycle,
        WorkflowState state,
        Random random,
        int countryIndex)
    {
        var level = Level(state, random);
        var report = new ProgressReport
        {
            CountryId = country.Id,
            IsSample = true,
            PrincipleId = principle.Id,
            Principle = principle,
            ReportingCycle = cycle,
            Level = level,
            Narrative = SampleText.In(profile.Language, SampleNarratives.For(principle, level, random)),
        };
        if (state == WorkflowState.Draft)
        {
            return report;
        }

        var kind = principle.Kind == PrincipleKind.AreaOfEmphasis ? "area" : "principle";
        report.Evidence.Add(new EvidenceLink
        {
            Title = SampleText.T("[Sample] Supporting document", "[Muestra] Documento de respaldo",
                "[Exemplo] Documento comprobatório", "[Exemple] Pièce justificative").In(profile.Language),
            Url = $"https://example.org/comunidad-pyme/sample-evidence/{country.Iso2.ToLowerInvariant()}/{kind}-{principle.Number}",
        });

        var submittedAt = new DateTime(2025, 2, 1, 14, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 300));
        report.Submit($"Sample Focal Point ({country.Name.En})", submittedAt);
        var reviewedAt = submittedAt.AddDays(5 + random.Next(0, 35));
        if (state is WorkflowState.Submitted or WorkflowState.Accepted)
        {
            // Mostly the reviewer agrees; now and then the two views are two levels apart, and the pages flag it.
            var gap = (countryIndex + principle.Number) % 5 == 0 ? 2 : 0;
            report.Assess(Reviewer, reviewedAt, (AssessmentLevel)Math.Max(1, (int)level - gap),
                gap == 0 ? "Sample assessment: consistent with the evidence." : "Sample assessment: adopted, but not yet funded or monitored.");
        }

        if (state == WorkflowState.Accepted)
        {
            report.Accept(Reviewer, reviewedAt, "Sample review: accepted. Thank you for the detailed evidence.");
        }
        else if (state == WorkflowState.Returned)
        {
            report.Return(Reviewer, reviewedAt,
                "Sample review: please add the date of each measure and a link to its official text.");
        }

        return report;
    }

    private static ProgressLevel Level(WorkflowState state, Random random) => state switch
    {
        WorkflowState.Draft => random.Next(2) == 0 ? ProgressLevel.Planned : ProgressLevel.InProgress,
        WorkflowState.Accepted => random.Next(3) switch
        {
            0 => ProgressLevel.InProgress,
            1 => ProgressLevel.Advanced,
            _ => ProgressLevel.Achieved,
        },
        WorkflowState.Returned => ProgressLevel.InProgress,
        _ => random.Next(2) == 0 ? ProgressLevel.InProgress : ProgressLevel.Advanced,
    };
}
