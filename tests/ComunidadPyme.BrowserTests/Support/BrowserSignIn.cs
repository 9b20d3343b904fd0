using Microsoft.Playwright;

namespace ComunidadPyme.BrowserTests.Support;

/// <summary>Signs in through the real sign-in page, as a person would.</summary>
public static class BrowserSignIn
{
    public static Task<IPage> SignedInAsFocalPointForBrazilAsync(this BrowserPortal portal) =>
        portal.SignedInAsync("focal.br@example.org", "Sample focal point password BR");

    /// <summary>A fresh page signed in with the given sample account.</summary>
    public static async Task<IPage> SignedInAsync(this BrowserPortal portal, string email, string password)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseAddress + "/Identity/Account/Login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Saves a screenshot when SCREENSHOTS_DIR is set, to look at a page by eye.</summary>
    public static async Task KeepScreenshotAsync(this IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
