using ComunidadPyme.BrowserTests.Support;

namespace ComunidadPyme.BrowserTests.Features.Workspace.Dashboard;

/// <summary>A focal point's dashboard on a phone: each section says in words whether it needs updating or confirming.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardInBrowserTests(BrowserPortal portal)
{
    [SkippableFact]
    public async Task EachSectionSaysHowItStandsOnAPhone()
    {
        var page = await portal.SignedInAsFocalPointForBrazilAsync();
        await page.SetViewportSizeAsync(360, 800);

        await page.GotoAsync(portal.BaseAddress + "/es/workspace/br");

        Assert.Equal(6, await page.Locator(".section-statuses li[data-state]").CountAsync());
        foreach (var item in await page.Locator(".section-statuses li[data-state]").AllAsync())
        {
            var state = await item.GetAttributeAsync("data-state");
            var text = await item.TextContentAsync() ?? string.Empty;
            Assert.Equal(state != "Current", text.Contains("Debe actualizarse o confirmarse.", StringComparison.Ordinal));
        }

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 1);
        await page.KeepScreenshotAsync("dashboard-es-360");
    }
}
