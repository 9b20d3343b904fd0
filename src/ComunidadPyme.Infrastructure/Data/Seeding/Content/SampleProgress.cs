using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;

namespace ComunidadPyme.Infrastructure.Data.Seeding.Content;

/// <summary>
/// The open reporting cycle and a few progress reports per sample country, taken through the real workflow
/// (Submit, Accept, Return) so that their states and review stamps are consistent.
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

    public static List<ProgressReport> For(
        Country country,
        SampleCountryProfile profile,
        int countryIndex,
        PrincipleLookup principles,
        ReportingCycle cycle,
        Random random)
    {
        const int principlesPerCountry = 3;
        var chosen = new List<Principle?>();
        for (var k = 0; k < principlesPerCountry; k++)
        {
            chosen.Add(principles.Principle((5 * countryIndex + 4 * k) % Principle.PrincipleCount + 1));
        }

        chosen.Add(principles.Area(countryIndex % Principle.AreaOfEmphasisCount + 1));

        var reports = new List<ProgressReport>();
        foreach (var principle in chosen.OfType<Principle>())
        {
            var state = s_stateRotation[(4 * countryIndex + reports.Count) % s_stateRotation.Length];
            reports.Add(Create(country, profile, principle, cycle, state, random));
        }

        return reports;
    }

    private static ProgressReport Create(
        Country country,
        SampleCountryProfile profile,
        Principle principle,
        ReportingCycle cycle,
        WorkflowState state,
        Random random)
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
            Title = "[Sample] Supporting document",
            Url = $"https://example.org/comunidad-pyme/sample-evidence/{country.Iso2.ToLowerInvariant()}/{kind}-{principle.Number}",
        });

        var submittedAt = new DateTime(2025, 2, 1, 14, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 300));
        report.Submit($"Sample Focal Point ({country.Name.En})", submittedAt);
        var reviewedAt = submittedAt.AddDays(5 + random.Next(0, 35));
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
