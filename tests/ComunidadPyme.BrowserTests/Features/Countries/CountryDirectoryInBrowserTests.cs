using ComunidadPyme.BrowserTests.Support;

namespace ComunidadPyme.BrowserTests.Features.Countries;

[Collection(BrowserCollection.Name)]
public sealed class CountryDirectoryInBrowserTests(BrowserPortal portal)
{
    [SkippableFact]
    public async Task OpensInTheBrowsersLanguageAndListsTheMemberStates()
    {
        var page = await portal.NewPageAsync(locale: "es-MX");

        await page.GotoAsync(portal.BaseAddress + "/");

        Assert.EndsWith("/es/", page.Url);
        Assert.Equal(35, await page.Locator("[data-iso2]").CountAsync());
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [SkippableFact]
    public async Task SwitchingLanguageKeepsTheVisitorOnTheSamePage()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseAddress + "/en/countries");

        await page.Locator(".language-switcher a[hreflang=fr]").ClickAsync();

        Assert.EndsWith("/fr/countries", page.Url);
        Assert.Equal("États membres de l'OEA", (await page.Locator("h1").TextContentAsync())?.Trim());
    }
}
