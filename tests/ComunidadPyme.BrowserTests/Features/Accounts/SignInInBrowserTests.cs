using System.Text.RegularExpressions;
using ComunidadPyme.BrowserTests.Support;
using ComunidadPyme.Core.Security;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;

namespace ComunidadPyme.BrowserTests.Features.Accounts;

[Collection(BrowserCollection.Name)]
public sealed partial class SignInInBrowserTests(BrowserPortal portal)
{
    private const string Password = "Plain words make a fine passphrase";

    [SkippableFact]
    public async Task SignsInInEnglish()
    {
        var page = await portal.NewPageAsync(locale: "en-US");
        await page.GotoAsync(portal.BaseAddress + "/en/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        Assert.Equal("Sign in", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.GetByLabel("Email address").FillAsync("focal.br@example.org");
        await page.GetByLabel("Password").FillAsync("Sample focal point password BR");
        await page.Locator("#login-submit").ClickAsync();

        await page.WaitForURLAsync(EndsWithHome());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).IsVisibleAsync());
    }

    [SkippableFact]
    public async Task SignsInInSpanishWithThePageInSpanish()
    {
        var page = await portal.NewPageAsync(locale: "es-MX");
        await page.GotoAsync(portal.BaseAddress + "/Identity/Account/Login");

        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Iniciar sesión", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.GetByLabel("Contraseña").FillAsync("una contraseña equivocada");
        await page.GetByLabel("Correo electrónico").FillAsync("focal.mx@example.org");
        await page.Locator("#login-submit").ClickAsync();
        Assert.Contains("La dirección de correo o la contraseña no son correctas.", await page.Locator("form#account").TextContentAsync());
        await page.GetByLabel("Contraseña").FillAsync("Sample focal point password MX");
        await page.Locator("#login-submit").ClickAsync();

        await page.WaitForURLAsync(EndsWithHome());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión" }).IsVisibleAsync());
    }

    [SkippableFact]
    public async Task SetsUpTwoFactorAndSignsInWithPasswordAndCode()
    {
        var page = await portal.NewPageAsync(locale: "en-US");
        var email = await CreateAccountAsync();
        await SignInWithPasswordAsync(page, email);
        await page.WaitForURLAsync(EndsWithHome());

        await page.GotoAsync(portal.BaseAddress + "/Identity/Account/Manage/TwoFactorAuthentication");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up an authenticator app" }).ClickAsync();
        var key = (await page.Locator("[data-shared-key]").TextContentAsync())!.Replace(" ", string.Empty).ToUpperInvariant();
        Assert.StartsWith("data:image/png;base64,", await page.Locator("main img").GetAttributeAsync("src"));
        await page.GetByLabel("Authenticator code").FillAsync(Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(EndsWithHome());

        await SignInWithPasswordAsync(page, email);
        await page.WaitForURLAsync(new Regex("LoginWith2fa", RegexOptions.IgnoreCase));
        await page.GetByLabel("Authenticator code").FillAsync(Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync(EndsWithHome());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).IsVisibleAsync());
    }

    private async Task SignInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync(portal.BaseAddress + "/Identity/Account/Login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.Locator("#login-submit").ClickAsync();
    }

    private async Task<string> CreateAccountAsync()
    {
        var email = $"browser.{Guid.NewGuid():N}@ministry.example.org";
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Browser Test" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.FocalPoint);
        return email;
    }

    private static string Code(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp();

    [GeneratedRegex(@"/(en|es)/$")]
    private static partial Regex EndsWithHome();
}
