using ComunidadPyme.Core.Countries;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.CountryProfile;

/// <summary>What each part of a profile shows, checked against the database.</summary>
[Collection(PortalCollection.Name)]
public sealed class CountryProfileSectionsTests(PortalFactory portal)
{
    private Task<AngleSharp.Dom.IDocument> OpenAsync(string path) => portal.OpenPageAsync(path);

    private Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query) => portal.QueryAsync(query);

    [Fact]
    public async Task SaysWhatAnEmptyProfileLacksAndSinceWhenItHasBeenAskedFor()
    {
        var cycle = await QueryAsync(db => db.ReportingCycles.SingleAsync(c => c.Status == ReportingCycleStatus.Open));

        var page = await OpenAsync("/es/countries/sv");

        var missing = page.QuerySelector(".profile-missing")!;
        Assert.Equal(
            ["#focal-points", "#definitions", "#statistics", "#legal-framework", "#programmes", "#progress"],
            missing.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")));
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("es");
        var (opens, due) = (ComunidadPyme.Web.Localization.Dates.Short(cycle.OpensOn), ComunidadPyme.Web.Localization.Dates.Short(cycle.SubmissionDeadline));
        System.Globalization.CultureInfo.CurrentCulture = culture;
        Assert.Contains($"Se piden a todos los Estados miembros desde el {opens}, cuando se abrió el ciclo de reporte «{cycle.Name.Es}»; el plazo vence el {due}.",
            missing.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Equal(
            $"Falta desde el {opens}, cuando se abrió el ciclo de reporte «{cycle.Name.Es}»; plazo: {due}.",
            page.QuerySelector("#statistics .missing-since")!.TextContent.Trim().Replace('\u00A0', ' '));
        Assert.Single(page.QuerySelectorAll("#authorities .missing-since")); // the focal points; the authorities are there
    }

    [Fact]
    public async Task NeverShowsAFocalPointsContactDetailsThatAreNotPublic()
    {
        var focalPoints = await QueryAsync(db => db.FocalPoints.AsNoTracking()
            .Join(db.Countries, f => f.CountryId, c => c.Id, (f, c) => new { c.Iso2, f.Email, f.PublicFields })
            .Where(f => f.Iso2 == "BR").ToListAsync());
        var html = await (await portal.CreateClient().GetAsync("/en/countries/br")).Content.ReadAsStringAsync();

        var hidden = focalPoints.Where(f => !f.PublicFields.HasFlag(ContactFields.Email)).Select(f => f.Email!).ToList();
        var shown = focalPoints.Where(f => f.PublicFields.HasFlag(ContactFields.Email)).Select(f => f.Email!).ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, email => Assert.DoesNotContain(email, html));
        Assert.All(shown, email => Assert.Contains(email, html));
        Assert.Contains("Details last confirmed on March 1, 2025.", html);
    }

    [Fact]
    public async Task ShowsOnlyTheAcceptedProgressReports()
    {
        var reports = await QueryAsync(db => db.ProgressReports.AsNoTracking()
            .Where(r => db.Countries.Any(c => c.Id == r.CountryId && c.Iso2 == "MX"))
            .Select(r => new { r.State, r.Principle!.Kind, r.Principle.Number }).ToListAsync());
        var page = await OpenAsync("/en/countries/mx");

        var shown = page.QuerySelectorAll(".progress-report").Select(e => e.GetAttribute("data-principle")!).Order().ToList();
        var accepted = reports.Where(r => r.State == WorkflowState.Accepted).Select(r => $"{r.Kind}-{r.Number}").Order().ToList();
        Assert.Contains(reports, r => r.State != WorkflowState.Accepted);
        Assert.NotEmpty(accepted);
        Assert.Equal(accepted, shown);
    }

    [Fact]
    public async Task ShowsTheReviewersLevelBesideTheCountrysWithTheChangeSinceThePreviousCycle()
    {
        var reports = await QueryAsync(async db =>
        {
            var cycles = await db.ReportingCycles.AsNoTracking().OrderBy(c => c.OpensOn).Select(c => c.Id).ToListAsync();
            var accepted = await db.ProgressReports.AsNoTracking()
                .Where(r => r.State == WorkflowState.Accepted && db.Countries.Any(c => c.Id == r.CountryId && c.Iso2 == "MX"))
                .Select(r => new { r.Id, r.PrincipleId, r.ReportingCycleId, r.Level, r.AssessedLevel })
                .ToListAsync();
            return accepted.Select(r =>
            {
                var index = cycles.IndexOf(r.ReportingCycleId);
                var before = index == 0 ? null : accepted.FirstOrDefault(p => p.PrincipleId == r.PrincipleId && p.ReportingCycleId == cycles[index - 1]);
                return (r.Id, r.AssessedLevel, Change: AssessmentScale.Change((int?)before?.Level, (int)r.Level));
            }).ToList();
        });
        var page = await OpenAsync("/en/countries/mx");

        Assert.Contains(reports, r => r.AssessedLevel is not null);
        Assert.Contains(reports, r => r.Change is LevelChange.Up or LevelChange.Down or LevelChange.Same);
        foreach (var (id, assessed, change) in reports)
        {
            var item = page.QuerySelector($".progress-report[data-report='{id}']")!;
            Assert.Equal(assessed is null ? "Not assessed" : AssessedName(assessed.Value),
                (item.QuerySelector(".track-reviewer .assessed-name") ?? item.QuerySelector(".track-reviewer .assessed-none"))!.TextContent.Trim());
            Assert.Equal(change.ToString(), item.QuerySelector(".track-country .level-change")!.GetAttribute("data-change"));
        }
    }

    private static string AssessedName(AssessmentLevel level) => level switch
    {
        AssessmentLevel.NoFramework => "No framework",
        AssessmentLevel.FrameworkInPreparation => "Framework being prepared",
        AssessmentLevel.FrameworkAdopted => "Framework adopted",
        AssessmentLevel.ImplementedWithResources => "Implemented with resources",
        _ => "Implemented, monitored and evaluated",
    };

    [Fact]
    public async Task FormatsFiguresInTheVisitorsCulture()
    {
        var page = await OpenAsync("/fr/countries/br");

        var density = page.QuerySelector("[data-indicator=MSME_DENSITY] tbody td")!.TextContent.Trim();
        Assert.Matches(@"^\d+,\d$", density);
    }

    [Fact]
    public async Task ListsEveryIndicatorWithATableRowPerObservationAndAChart()
    {
        var counts = await QueryAsync(db => db.Observations.AsNoTracking()
            .Where(o => db.Countries.Any(c => c.Id == o.CountryId && c.Iso2 == "CO"))
            .GroupBy(o => o.Indicator!.Code).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync());
        var page = await OpenAsync("/en/countries/co");

        Assert.NotEmpty(counts);
        foreach (var indicator in counts)
        {
            var series = page.QuerySelector($"section.indicator-series[data-indicator={indicator.Code}]");
            Assert.NotNull(series);
            Assert.Equal(indicator.Count, series.QuerySelectorAll("tbody tr").Length);
            Assert.Equal(indicator.Count, series.QuerySelectorAll("svg.chart-svg .chart-point").Length);
        }

        Assert.Equal(4, page.QuerySelectorAll(".key-statistic").Length);
        Assert.NotNull(page.QuerySelector(".sample-data-notice"));
    }

    [Fact]
    public async Task SaysWhenEachPartWasLastUpdated()
    {
        var page = await OpenAsync("/en/countries/br");

        foreach (var section in new[] { "authorities", "definitions", "statistics", "legal-framework", "programmes", "progress" })
        {
            Assert.Contains("Last updated on", page.QuerySelector($"#{section} .section-freshness")!.TextContent);
        }
    }
}
