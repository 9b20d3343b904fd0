using ComunidadPyme.BrowserTests.Support;
using Microsoft.Playwright;

namespace ComunidadPyme.BrowserTests.Features.Workspace.Institutions;

/// <summary>Brazil's focal point goes from the workspace's entrance to their institutions and adds one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InstitutionsInBrowserTests(BrowserPortal portal)
{
    [SkippableFact]
    public async Task FocalPointSignsInAndAddsAnInstitution()
    {
        var page = await portal.NewPageAsync();
        await SignInAsync(page, "focal.br@example.org", "Sample focal point password BR");

        await page.GotoAsync(portal.BaseAddress + "/en/workspace");
        Assert.EndsWith("/en/workspace/br", page.Url);
        await page.Locator("a.nav-link", new() { HasTextString = "Institutions" }).ClickAsync();
        await page.Locator("a.btn", new() { HasTextString = "Add an institution" }).ClickAsync();
        await page.Locator("#Form_Name_Original").FillAsync("Agência de teste no navegador");
        await page.Locator("#Form_Kind").SelectOptionAsync("DevelopmentBank");
        await page.Locator("#Form_WebsiteUrl").FillAsync("not an address");
        await page.Locator("form.workspace-form button[type=submit]").ClickAsync();

        Assert.Equal("Enter a full address starting with http:// or https://.",
            (await page.Locator("[data-valmsg-for='Form.WebsiteUrl']").TextContentAsync())?.Trim());
        Assert.Equal("Agência de teste no navegador", await page.Locator("#Form_Name_Original").InputValueAsync());
        await page.Locator("#Form_WebsiteUrl").FillAsync("https://example.org/agencia");
        await page.Locator("form.workspace-form button[type=submit]").ClickAsync();

        Assert.EndsWith("/en/workspace/br/institutions", page.Url);
        Assert.Contains("Saved.", await page.Locator(".status-message").TextContentAsync());
        Assert.Equal(1, await page.Locator("td", new() { HasTextString = "Agência de teste no navegador" }).CountAsync());
    }

    private async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(portal.BaseAddress + "/Identity/Account/Login");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("form#account button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Login", StringComparison.Ordinal));
    }
}
