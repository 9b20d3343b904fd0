using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.Core.Principles;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Progress;

/// <summary>The public matrix of progress reports: accepted ones only, in an accessible table.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProgressMatrixPageTests(PortalFactory portal)
{
    private sealed record Report(string Iso2, PrincipleKind Kind, int Number, WorkflowState State, ProgressLevel Level);

    /// <summary>The reports of the cycle the page shows first: the latest one.</summary>
    private async Task<List<Report>> ReportsAsync()
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var latest = await db.ReportingCycles.OrderByDescending(c => c.OpensOn).Select(c => c.Id).FirstAsync();
        return await db.ProgressReports.AsNoTracking()
            .Where(r => r.ReportingCycleId == latest)
            .Join(db.Countries, r => r.CountryId, c => c.Id, (r, c) => new Report(c.Iso2, r.Principle!.Kind, r.Principle.Number, r.State, r.Level))
            .ToListAsync();
    }

    private static string Column(PrincipleKind kind, int number) =>
        kind == PrincipleKind.Principle ? $"{number}" : $"areas/{number}";

    private async Task<IDocument> GetAsync(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocument.ParseAsync(response);
    }

    [Fact]
    public async Task ShowsEveryAcceptedReportAndNoOther()
    {
        var reports = await ReportsAsync();
        var page = await GetAsync("/en/progress");

        var shown = page.QuerySelectorAll("tr[data-iso2] td.progress-cell")
            .Select(td => (td.ParentElement!.GetAttribute("data-iso2")!, td.GetAttribute("data-column")!, td.GetAttribute("data-level")!))
            .ToHashSet();
        var accepted = reports.Where(r => r.State == WorkflowState.Accepted)
            .Select(r => (r.Iso2, Column(r.Kind, r.Number), r.Level.ToString()))
            .ToHashSet();

        Assert.NotEmpty(accepted);
        Assert.Equal(accepted, shown);
        Assert.Contains(reports, r => r.State == WorkflowState.Draft);
        Assert.Contains(reports, r => r.State == WorkflowState.Submitted);
        Assert.Contains(reports, r => r.State == WorkflowState.Returned);
    }

    [Fact]
    public async Task IsAnAccessibleTableWithATextLegend()
    {
        var page = await GetAsync("/es/progress");

        var table = page.QuerySelector("table.progress-matrix")!;
        Assert.Contains("Informes de avance aceptados", table.QuerySelector("caption")!.TextContent);
        Assert.True(table.QuerySelectorAll("thead th[scope=col]").Length >= 17);
        Assert.Equal("1", table.QuerySelector("thead th[data-column]")!.GetAttribute("data-column"));
        Assert.All(table.QuerySelectorAll("tbody tr"), tr => Assert.Equal("row", tr.QuerySelector("th")!.GetAttribute("scope")));
        Assert.Contains("Principio 1:", table.QuerySelector("thead th[data-column='1']")!.TextContent);
        var legend = page.QuerySelector(".progress-legend")!.TextContent;
        Assert.Contains("Logrado", legend);
        Assert.Contains("Sin iniciar", legend);
        Assert.Contains(page.QuerySelectorAll("td.progress-cell .level-name"), e => e.TextContent is "En curso" or "Avanzado" or "Logrado");
    }

    [Fact]
    public async Task ShowsTheAreasOfEmphasisWhenTheyHaveAcceptedReports()
    {
        var reports = await ReportsAsync();
        var page = await GetAsync("/en/progress");

        var hasAreas = reports.Any(r => r.State == WorkflowState.Accepted && r.Kind == PrincipleKind.AreaOfEmphasis);
        Assert.Equal(hasAreas, page.QuerySelector("thead th[data-column='areas/1']") is not null);
    }

    [Fact]
    public async Task LinksEachCellToTheReport()
    {
        var page = await GetAsync("/en/progress");
        var link = page.QuerySelector("td.progress-cell a")!.GetAttribute("href")!;

        var report = await GetAsync(link);

        Assert.Matches(@"^/en/progress/[a-z]{2}/(areas/)?\d+\?cycle=\d+$", link);
        Assert.NotNull(report.QuerySelector(".progress-level .level-name"));
        Assert.NotNull(report.QuerySelector("#progress-narrative + p[lang]"));
        Assert.NotNull(report.QuerySelector(".progress-evidence a[rel='noopener external']"));
        Assert.Contains("Accepted on", report.QuerySelector(".progress-facts")!.TextContent);
        Assert.NotNull(report.QuerySelector(".sample-badge"));
    }

    [Fact]
    public async Task HidesReportsThatAreNotAccepted()
    {
        var reports = await ReportsAsync();
        var hidden = reports.Where(r => r.State != WorkflowState.Accepted
            && !reports.Any(a => a.State == WorkflowState.Accepted && a.Iso2 == r.Iso2 && a.Kind == r.Kind && a.Number == r.Number)).ToList();
        Assert.NotEmpty(hidden);

        foreach (var report in hidden)
        {
            var response = await portal.CreateClient()
                .GetAsync($"/en/progress/{report.Iso2.ToLowerInvariant()}/{Column(report.Kind, report.Number)}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("cycle=abc", "“abc” is not a reporting cycle")]
    [InlineData("cycle=99999", "“99999” is not a reporting cycle")]
    [InlineData("cycle=%27%20OR%201%3D1%20--", "“' OR 1=1 --” is not a reporting cycle")]
    public async Task ShowsTheLatestCycleGivenAnUnknownOne(string query, string message)
    {
        var page = await GetAsync($"/en/progress?{query}");

        Assert.Contains(message, page.QuerySelector(".filter-notices")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("td.progress-cell"));
    }

    [Theory]
    [InlineData("/en/progress/zz/1")]
    [InlineData("/en/progress/br/99")]
    [InlineData("/en/progress/br/1?cycle=abc")]
    [InlineData("/en/progress/br/areas/9")]
    [InlineData("/en/progress/brazil/1")]
    public async Task ReturnsNotFoundForAnUnknownReport(string address)
    {
        var response = await portal.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
