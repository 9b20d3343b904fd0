using Microsoft.Playwright;

namespace ComunidadPyme.BrowserTests.Support;

/// <summary>Signs in through the real sign-in page, as a person would.</summary>
public static class BrowserSignIn
{
    public static async Task<IPage> SignedInAsFocalPointForBrazilAsync(this BrowserPortal portal)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseAddress + "/Identity/Account/Login");
        await page.FillAsync("#Input_Email", "focal.br@example.org");
        await page.FillAsync("#Input_Password", "Sample focal point password BR");
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login", StringComparison.Ordinal));
        return page;
    }
}
