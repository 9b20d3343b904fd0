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

        await page.Locator("canvas[data-chart]").ScrollIntoViewIfNeededAsync(); // charts are drawn as they come into view
        await page.WaitForFunctionAsync("c => !!Chart.getChart(c)", await page.Locator("canvas[data-chart]").ElementHandleAsync());
        var sets = await page.Locator("canvas[data-chart]").EvaluateAsync<string[]>("""
            c => Chart.getChart(c).data.datasets.map(s => [s.label, s.borderColor, JSON.stringify(s.borderDash), s.pointStyle, s.tension, s.spanGaps].join('|'))
            """);

        Assert.Equal(2, sets.Length);
        Assert.DoesNotContain(sets, s => s.StartsWith("Estados Unidos", StringComparison.Ordinal));
        var (first, second) = (sets[0].Split('|'), sets[1].Split('|'));
        Assert.NotEqual(first[1], second[1]);
        Assert.NotEqual(first[2], second[2]);
        Assert.NotEqual(first[3], second[3]);
        Assert.All(sets, s => Assert.EndsWith("|0|false", s));
    }
}
