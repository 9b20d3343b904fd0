using ComunidadPyme.BrowserTests.Support;

namespace ComunidadPyme.BrowserTests.Accessibility;

/// <summary>A visitor without a mouse reaches the content and the country profiles by keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardNavigationTests(BrowserPortal portal)
{
    [SkippableFact]
    public async Task TheFirstTabOffersToSkipToTheContent()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseAddress + "/es/countries");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("Ir al contenido principal", focused);
        Assert.EndsWith("#main", page.Url);
    }

    [SkippableFact]
    public async Task ACountryProfileOpensFromTheKeyboard()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseAddress + "/en/countries");

        await page.Locator("[data-iso2='JM'] a").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/en/countries/jm");

        Assert.Equal("Jamaica", (await page.Locator("h1").TextContentAsync())?.Trim());
    }

    [SkippableFact]
    public async Task TheComparisonFormSubmitsFromTheKeyboard()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseAddress + "/en/compare");

        await page.Locator("input[type=checkbox][value='AR']").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator("form button[type=submit]").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**countries=AR**");

        Assert.Contains("countries=AR", page.Url);
        Assert.True(await page.Locator("input[type=checkbox][value='AR']").IsCheckedAsync());
    }
}
