using ComunidadPyme.BrowserTests.Support;

namespace ComunidadPyme.BrowserTests.Features.Compare;

/// <summary>The compare chart as a reader sees it: only countries with data, each told apart by more than colour.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareInBrowserTests(BrowserPortal portal)
{
    [SkippableFact]
    public async Task ChartsOnlyTheCountriesWithDataEachWithItsOwnColourLineAndShape()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseAddress + "/es/compare?indicator=MSME_DENSITY&countries=BR,MX,US&from=2015&to=2022&view=line");

        var chart = page.Locator(".compare-chart svg.chart-svg");
        Assert.True(await chart.IsVisibleAsync()); // drawn by the server: there before any script runs
        var sets = await chart.EvaluateAsync<string[]>("""
            svg => [...svg.querySelectorAll('polyline')].map(l => [l.getAttribute('stroke'), l.getAttribute('stroke-dasharray') ?? ''].join('|'))
            """);
        var legend = await chart.Locator("text.chart-legend").AllTextContentsAsync();
        var shapes = await chart.EvaluateAsync<string[]>("""
            svg => [...new Set([...svg.querySelectorAll('.chart-point')].map(p => p.tagName + ':' + p.getAttribute('fill')))]
            """);

        Assert.Equal(["Brasil", "México"], legend);
        Assert.Equal(2, sets.Length);
        Assert.NotEqual(sets[0].Split('|')[0], sets[1].Split('|')[0]);
        Assert.NotEqual(sets[0].Split('|')[1], sets[1].Split('|')[1]);
        Assert.Equal(2, shapes.Length);
        Assert.NotEqual(shapes[0].Split(':')[0], shapes[1].Split(':')[0]);
    }

    [SkippableFact]
    public async Task ShowsTheFigureUnderThePointerInThePagesLanguage()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseAddress + "/fr/compare?indicator=MSME_DENSITY&countries=BR&from=2018&to=2020&view=bar");

        await page.Locator(".compare-chart .chart-point").First.HoverAsync();

        var tip = page.Locator(".chart-tip");
        await tip.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        var text = (await tip.TextContentAsync())!;
        Assert.StartsWith("Brésil, 2018: ", text);
        Assert.Matches(@"^Brésil, 2018: \d+,\d ", text);
    }
}
