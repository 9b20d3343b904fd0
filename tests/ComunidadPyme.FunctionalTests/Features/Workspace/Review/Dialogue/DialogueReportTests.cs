using System.Net;
using ComunidadPyme.Core.Common;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Review.Dialogue;

/// <summary>
/// The report of a cycle for the Dialogue: the print-ready page, the workbook (opened and read cell by cell), the
/// country briefings, who may see them, and a cycle without reports. A portal of its own: the tests add reports
/// to the open cycle (on a principle none of three South American countries has reported on) and an empty cycle.
/// </summary>
public sealed class DialogueReportTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string SpanishNarrative = "La ley de MIPYME fue reglamentada en 2024 y tiene presupuesto propio.";

    private sealed record Scenario(int CycleId, string Column, string PrincipleCode, string LawTitle);

    [Theory]
    [InlineData(WorkspaceUser.Reviewer, HttpStatusCode.OK)]
    [InlineData(WorkspaceUser.Administrator, HttpStatusCode.OK)]
    [InlineData(WorkspaceUser.FocalPointBrazil, HttpStatusCode.Forbidden)]
    [InlineData(WorkspaceUser.Anonymous, HttpStatusCode.Redirect)]
    public async Task OnlyReviewersAndAdministratorsSeeTheReport(WorkspaceUser user, HttpStatusCode expected)
    {
        var cycleId = await OpenCycleAsync();
        var client = await WorkspaceSignIn.ClientAsync(portal, user);

        foreach (var address in new[]
                 {
                     "/en/review/report", $"/en/review/report/{cycleId}", $"/en/review/report/{cycleId}/report.xlsx",
                     $"/en/review/report/{cycleId}/briefing/br",
                 })
        {
            Assert.Equal(expected, (await client.GetAsync(address)).StatusCode);
        }
    }

    [Fact]
    public async Task PresentsEveryAcceptedReportOfTheCycleAndNoOther()
    {
        var scenario = await ScenarioAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var expected = await portal.QueryAsync(db => db.ProgressReports
            .Where(r => r.ReportingCycleId == scenario.CycleId)
            .Join(db.Countries, r => r.CountryId, c => c.Id, (r, c) => new { c.Iso2, r.State })
            .ToListAsync());

        var response = await reviewer.GetAsync($"/en/review/report/{scenario.CycleId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        var accepted = expected.Where(r => r.State == WorkflowState.Accepted).ToList();
        Assert.Equal(accepted.Count, page.QuerySelectorAll(".dialogue-country .dialogue-entry").Length);
        Assert.Equal(accepted.Select(r => r.Iso2).Distinct().Order(),
            page.QuerySelectorAll("section.dialogue-country").Select(s => s.GetAttribute("data-iso2")!).Order());
        Assert.Equal(expected.Count(r => r.State != WorkflowState.Accepted).ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelectorAll(".dialogue-figures dd")[2].TextContent.Trim());
        var contents = page.QuerySelectorAll(".dialogue-contents a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#country-uy", contents);
        Assert.NotNull(page.QuerySelector("#country-uy"));
        Assert.Equal(page.QuerySelectorAll("section.dialogue-country").Length, page.QuerySelectorAll(".dialogue-matrix tbody tr").Length);
    }

    [Fact]
    public async Task ShowsBothLevelsTheirChangeTheNarrativeInItsOriginalLanguageAndTheEvidence()
    {
        var scenario = await ScenarioAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var english = await HtmlDocument.ParseAsync(await reviewer.GetAsync($"/en/review/report/{scenario.CycleId}"));
        var spanish = await HtmlDocument.ParseAsync(await reviewer.GetAsync($"/es/review/report/{scenario.CycleId}"));

        var entry = english.QuerySelector($"#country-uy .dialogue-entry[data-column='{scenario.Column}']")!;
        Assert.Equal("Advanced", entry.QuerySelector(".track-country .level-name")!.TextContent.Trim());
        Assert.Contains("Implemented with resources", entry.QuerySelector(".track-reviewer")!.TextContent);
        Assert.Equal("new", entry.QuerySelector(".track-country .change-name")!.TextContent.Trim());
        Assert.Contains("Regulations adopted and funded.", entry.QuerySelector(".dialogue-rationale")!.TextContent);
        var narrative = entry.QuerySelector("p[lang='es']")!;
        Assert.Equal(SpanishNarrative, narrative.TextContent.Trim());
        Assert.Contains("original in español; no translation yet", entry.QuerySelector(".original-language")!.TextContent);
        var evidence = entry.QuerySelectorAll(".dialogue-evidence li").Select(li => li.TextContent).ToList();
        Assert.Contains(evidence, e => e.Contains(scenario.LawTitle, StringComparison.Ordinal) && e.Contains("legal library of this portal", StringComparison.Ordinal));
        Assert.Contains(evidence, e => e.Contains("https://example.org/informe-mipyme", StringComparison.Ordinal));
        Assert.NotNull(english.QuerySelector($".dialogue-matrix tr[data-iso2='UY'] td[data-column='{scenario.Column}'][data-level='4'][data-assessed='4']"));

        var entrada = spanish.QuerySelector($"#country-uy .dialogue-entry[data-column='{scenario.Column}']")!;
        Assert.Equal("nuevo", entrada.QuerySelector(".track-country .change-name")!.TextContent.Trim());
        Assert.Null(entrada.QuerySelector(".original-language"));
        Assert.Equal("Avances en los principios del III Diálogo (Brasilia, 2013)", spanish.QuerySelector(".dialogue-cover h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheWorkbookHasASummaryAndASheetPerPrincipleWithBothLevelsNarrativeAndEvidence()
    {
        var scenario = await ScenarioAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);
        var principles = await portal.QueryAsync(db => db.Principles.CountAsync(p => p.Kind == PrincipleKind.Principle));

        var response = await reviewer.GetAsync($"/es/review/report/{scenario.CycleId}/report.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheets = workbook.GetSheetNames();
        Assert.Equal("Resumen", sheets[0]);
        Assert.True(sheets.Count >= principles + 1, $"{sheets.Count} sheets for {principles} principles");

        var summary = workbook.Query(useHeaderRow: true, sheetName: "Resumen").Cast<IDictionary<string, object?>>().ToList();
        var uruguay = summary.Single(r => Equals(r["País"], "Uruguay"));
        Assert.Equal(4d, Convert.ToDouble(uruguay[$"{scenario.PrincipleCode} (país)"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4d, Convert.ToDouble(uruguay[$"{scenario.PrincipleCode} (OEA)"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("América del Sur", uruguay["Subregión"]);

        var sheet = sheets.Single(s => s.StartsWith(scenario.PrincipleCode + " ", StringComparison.Ordinal));
        var rows = workbook.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => Equals(r["Código ISO"], "URY"));
        Assert.Equal("Avanzado", row["Nivel del país (nombre)"]);
        Assert.Equal("nuevo", row["Cambio desde el ciclo anterior (país)"]);
        Assert.Equal("Aplicado con recursos", row["Nivel OEA (nombre)"]);
        Assert.Equal(SpanishNarrative, row["Texto descriptivo"]);
        Assert.Equal("es", row["Idioma del texto"]);
        Assert.Equal("no", row["Sin traducir"]);
        Assert.Contains(scenario.LawTitle, (string)row["Evidencia"]!);
        Assert.Contains("https://example.org/informe-mipyme", (string)row["Evidencia"]!);
        Assert.Equal("Regulations adopted and funded.", row["Motivos de la revisión de la OEA"]);
        var paraguay = rows.Single(r => Equals(r["Código ISO"], "PRY"));
        Assert.Equal("no", paraguay["Diferencia de dos niveles o más"]);

        // In English the Spanish narrative is marked as untranslated.
        using var english = new MemoryStream(await (await reviewer.GetAsync($"/en/review/report/{scenario.CycleId}/report.xlsx")).Content.ReadAsByteArrayAsync());
        var englishRow = english.Query(useHeaderRow: true, sheetName: english.GetSheetNames().Single(s => s.StartsWith(scenario.PrincipleCode + " ", StringComparison.Ordinal)))
            .Cast<IDictionary<string, object?>>().Single(r => Equals(r["ISO code"], "URY"));
        Assert.Equal("yes", englishRow["Not translated"]);
    }

    [Fact]
    public async Task ACycleWithoutAcceptedReportsGivesAnEmptyReportAndAWorkbookWithHeadersAndANote()
    {
        var cycle = await portal.AddAsync(new ReportingCycle
        {
            Name = LocalizedText.Of("Empty cycle", "Ciclo vacío", "Ciclo vazio", "Cycle vide"),
            OpensOn = new DateOnly(2009, 1, 1),
            SubmissionDeadline = new DateOnly(2009, 12, 31),
            Status = ReportingCycleStatus.Closed,
        });
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync($"/fr/review/report/{cycle.Id}"));
        var response = await reviewer.GetAsync($"/fr/review/report/{cycle.Id}/report.xlsx");

        Assert.Contains("Aucun rapport n’a encore été accepté pour le cycle « Cycle vide »", page.QuerySelector(".dialogue-empty")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("section.dialogue-country"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        foreach (var sheet in workbook.GetSheetNames())
        {
            var rows = workbook.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal("Code ISO", rows[0]["A"]);
            Assert.Contains(rows.Skip(1), r => r["A"] is string note && note.Contains("ce classeur ne contient que les en-têtes", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task TheBriefingSaysWhatChangedWhatIsStaleAndWhoIsAtTheSameLevel()
    {
        var scenario = await ScenarioAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var response = await reviewer.GetAsync($"/pt/review/report/{scenario.CycleId}/briefing/uy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        var change = page.QuerySelector($".briefing-changes-table tr[data-column='{scenario.Column}']")!;
        Assert.Equal(nameof(LevelChange.New), change.QuerySelector("td")!.GetAttribute("data-change"));
        Assert.Contains("4 Avançado", change.TextContent);
        var peers = page.QuerySelector($".briefing-peers-table tr[data-column='{scenario.Column}']")!;
        Assert.Contains("OEA 4", peers.TextContent);
        Assert.Contains("Paraguai", peers.QuerySelector(".peers-same")!.TextContent);
        Assert.DoesNotContain("Bolívia", peers.QuerySelector(".peers-same")!.TextContent);
        Assert.Contains("Bolívia", peers.QuerySelector(".peers-ahead")!.TextContent);
        Assert.NotNull(page.QuerySelector(".briefing-stale"));
    }

    [Fact]
    public async Task TheBriefingOfACountryWithoutReportsSaysSoAndListsItsStaleData()
    {
        var cycleId = await OpenCycleAsync();
        var iso2 = await portal.QueryAsync(db => db.Countries
            .Where(c => !db.ProgressReports.Any(r => r.CountryId == c.Id && r.ReportingCycleId == cycleId && r.State == WorkflowState.Accepted))
            .OrderBy(c => c.Iso2).Select(c => c.Iso2).FirstAsync());
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        var page = await HtmlDocument.ParseAsync(await reviewer.GetAsync($"/en/review/report/{cycleId}/briefing/{iso2.ToLowerInvariant()}"));

        Assert.Contains("has been accepted in this cycle", page.QuerySelector(".briefing-changes .briefing-none")!.TextContent);
        Assert.Equal("Without an accepted report there is no level to compare.", page.QuerySelector(".briefing-peers .briefing-none")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll(".briefing-stale-list li[data-state]"));
    }

    [Theory]
    [InlineData("/en/review/report/999999")]
    [InlineData("/en/review/report/999999/report.xlsx")]
    [InlineData("/en/review/report/999999/briefing/br")]
    public async Task AnUnknownCycleIsNotFound(string address)
    {
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task AnUnknownCountryHasNoBriefing()
    {
        var cycleId = await OpenCycleAsync();
        var reviewer = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.Reviewer);

        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/en/review/report/{cycleId}/briefing/zz")).StatusCode);
    }

    private Task<int> OpenCycleAsync() =>
        portal.QueryAsync(db => db.ReportingCycles.Where(c => c.Status == ReportingCycleStatus.Open).Select(c => c.Id).SingleAsync());

    private static readonly SemaphoreSlim s_once = new(1, 1);
    private static Scenario? s_scenario;

    /// <summary>
    /// Once per portal: Uruguay (level 4, OAS 4, a Spanish narrative, a law of the portal and an external link),
    /// Paraguay (level 3, OAS 4) and Bolivia (level 5, OAS 5) accepted on one principle none of them had reported
    /// on in the open cycle, and none had reported on in the previous cycle either (so every change is "new").
    /// </summary>
    private async Task<Scenario> ScenarioAsync()
    {
        await s_once.WaitAsync();
        try
        {
            return s_scenario ??= await CreateScenarioAsync();
        }
        finally
        {
            s_once.Release();
        }
    }

    private async Task<Scenario> CreateScenarioAsync()
    {
        string[] countries = ["UY", "PY", "BO"];
        var law = await portal.AddLawAsync("UY", "Ley de promoción de las MIPYME (prueba)");
        return await portal.QueryAsync(async db =>
        {
            var cycle = await db.ReportingCycles.SingleAsync(c => c.Status == ReportingCycleStatus.Open);
            var ids = await db.Countries.Where(c => countries.Contains(c.Iso2)).ToDictionaryAsync(c => c.Iso2, c => c.Id);
            var principle = await db.Principles
                .Where(p => p.Kind == PrincipleKind.Principle
                            && !db.ProgressReports.Any(r => r.PrincipleId == p.Id && ids.Values.Contains(r.CountryId)))
                .OrderBy(p => p.Number)
                .FirstAsync();

            ProgressReport Report(string iso2, ProgressLevel level, AssessmentLevel assessed, TranslatableText narrative, List<EvidenceLink> evidence)
            {
                var report = new ProgressReport
                {
                    CountryId = ids[iso2], PrincipleId = principle.Id, ReportingCycleId = cycle.Id, Level = level,
                    Narrative = narrative, Evidence = evidence,
                };
                report.Submit($"focal.{iso2.ToLowerInvariant()}@example.org", DateTime.UtcNow);
                report.Assess("reviewer@example.org", DateTime.UtcNow, assessed, "Regulations adopted and funded.");
                report.Accept("reviewer@example.org", DateTime.UtcNow);
                return report;
            }

            db.ProgressReports.AddRange(
                Report("UY", ProgressLevel.Advanced, AssessmentLevel.ImplementedWithResources, TranslatableText.In("es", SpanishNarrative),
                [
                    new EvidenceLink { Title = "Ley", Url = $"/es/laws/{law.Id}" },
                    new EvidenceLink { Title = "Informe MIPYME", Url = "https://example.org/informe-mipyme" },
                ]),
                Report("PY", ProgressLevel.InProgress, AssessmentLevel.ImplementedWithResources, TranslatableText.In("es", "Avances."), []),
                Report("BO", ProgressLevel.Achieved, AssessmentLevel.ImplementedMonitoredAndEvaluated, TranslatableText.In("es", "Logrado."), []));
            await db.SaveChangesAsync();
            return new Scenario(cycle.Id, $"{principle.Number}", $"P{principle.Number}", law.Title.Original);
        });
    }
}
