using System.Net;
using AngleSharp.Dom;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Workspace.Observations.Grid;

/// <summary>Every saved value of the grid links to its own history, named for screen readers after its indicator and year.</summary>
public sealed class ObservationGridHistoryLinksTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(WorkspaceUser.FocalPointBrazil)]
    [InlineData(WorkspaceUser.Reviewer)]
    public async Task EachSavedValueOpensItsOwnHistoryNamedAfterIndicatorPeriodAndCountry(WorkspaceUser user)
    {
        var (observationId, indicatorId, year, name) = await portal.QueryAsync(async db =>
        {
            var brazil = await db.Countries.Where(c => c.Iso2 == "BR").Select(c => c.Id).SingleAsync();
            var saved = await db.Observations.AsNoTracking()
                .Where(o => o.CountryId == brazil && o.Indicator!.Code == "MSME_DENSITY" && o.Period.Length == 4)
                .OrderByDescending(o => o.Year)
                .Select(o => new { o.Id, o.IndicatorId, o.Year, o.Indicator!.Name })
                .FirstAsync();
            return (saved.Id, saved.IndicatorId, saved.Year, saved.Name);
        });
        var client = await WorkspaceSignIn.ClientAsync(portal, user);
        var grid = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/br/observations?from={year}&to={year}"));

        var link = grid.QuerySelector($"td[data-cell='{indicatorId}-{year}'] a.obs-history")!;
        Assert.Equal($"/en/workspace/history/Observation/{observationId}", link.GetAttribute("href"));
        Assert.Equal($"History of {name.En}, {year}", Text(link.QuerySelector(".visually-hidden")));

        var history = await client.GetAsync(link.GetAttribute("href"));
        var page = await HtmlDocument.ParseAsync(history);
        var spanish = await HtmlDocument.ParseAsync(await client.GetAsync($"/es/workspace/history/Observation/{observationId}"));

        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Equal($"History of “{name.En}, {year} — Brazil”", Text(page.QuerySelector("h1")));
        Assert.Equal($"Historial de «{name.In("es")}, {year} — Brasil»", Text(spanish.QuerySelector("h1")));
        Assert.DoesNotContain($"#{observationId}", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACellWithoutAValueHasNoHistoryLink()
    {
        var (indicatorId, emptyYear) = await portal.QueryAsync(async db =>
        {
            var density = await db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "MSME_DENSITY");
            var brazil = await db.Countries.Where(c => c.Iso2 == "BR").Select(c => c.Id).SingleAsync();
            var years = await db.Observations.Where(o => o.IndicatorId == density.Id && o.CountryId == brazil).Select(o => o.Year).ToListAsync();
            return (density.Id, Enumerable.Range(2000, DateTime.UtcNow.Year - 1999).Reverse().First(y => !years.Contains(y)));
        });
        var client = await WorkspaceSignIn.ClientAsync(portal, WorkspaceUser.FocalPointBrazil);

        var grid = await HtmlDocument.ParseAsync(await client.GetAsync($"/en/workspace/br/observations?from={emptyYear}&to={emptyYear}"));

        var cell = grid.QuerySelector($"td[data-cell='{indicatorId}-{emptyYear}']")!;
        Assert.NotNull(cell.QuerySelector("input.obs-value"));
        Assert.Null(cell.QuerySelector("a"));
    }

    private static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
