using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Accounts;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFactory portal)
{
    [Fact]
    public async Task SignsInWithASampleAccountAndGoesBackToThePageAskedFor()
    {
        var client = portal.CreatePortalClient();

        var response = await client.SignInAsync("focal.br@example.org", "Sample focal point password BR", "/en/account/sign-ins");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/account/sign-ins", response.Headers.Location?.OriginalString);
        var history = await client.GetAsync("/en/account/sign-ins");
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
    }

    [Fact]
    public async Task DoesNotFollowAReturnAddressOnAnotherSite()
    {
        var client = portal.CreatePortalClient();

        var response = await client.SignInAsync("focal.mx@example.org", "Sample focal point password MX", "https://evil.example/phish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/Identity/Account/RegisterConfirmation")]
    [InlineData("/Identity/Account/ExternalLogin")]
    [InlineData("/Identity/Account/Manage/DeletePersonalData")]
    [InlineData("/Identity/Account/Manage/Disable2fa")]
    public async Task OffersNoSelfRegistrationNorExternalSignIn(string path)
    {
        var response = await portal.CreatePortalClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("", "", "Enter your email address.")]
    [InlineData("nobody@example.org", "whatever it is", "The email address or password is not correct.")]
    [InlineData("admin@example.org", "Wrong password for sure", "The email address or password is not correct.")]
    [InlineData("' OR 1=1 --", "\" OR \"\"=\"", "The email address or password is not correct.")]
    [InlineData("<script>alert(1)</script>@x", "%_*", "The email address or password is not correct.")]
    public async Task RefusesWrongOrHostileInputWithAMessage(string email, string password, string message)
    {
        var response = await portal.CreatePortalClient().SignInAsync(email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlDocument.ParseAsync(response);
        Assert.Contains(message, document.QuerySelector("form#account")?.TextContent);
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RefusesAVeryLongEmailWithAMessage()
    {
        var response = await portal.CreatePortalClient().SignInAsync(new string('a', 5000) + "@example.org", new string('b', 5000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email address or password is not correct.", (await HtmlDocument.ParseAsync(response)).Body?.TextContent);
    }

    [Theory]
    [InlineData("es-MX,es;q=0.9", "Iniciar sesión", "es")]
    [InlineData("pt-BR", "Entrar", "pt")]
    [InlineData("fr-CA", "Se connecter", "fr")]
    [InlineData("de-DE", "Sign in", "en")]
    public async Task ShowsTheSignInPageInTheBrowsersLanguage(string acceptLanguage, string heading, string lang)
    {
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var redirect = await client.GetAsync("/Identity/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/{lang}/Identity/Account/Login", redirect.Headers.Location?.OriginalString);
        var document = await HtmlDocument.ParseAsync(await client.GetAsync(redirect.Headers.Location));

        Assert.Equal(heading, document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task FollowsTheAddressLanguageOverTheBrowsersAndKeepsItOnTheWayToSignIn()
    {
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "fr-CA");

        var portuguese = await HtmlDocument.ParseAsync(await client.GetAsync("/pt/Identity/Account/Login"));
        Assert.Equal("Entrar", portuguese.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("pt", portuguese.DocumentElement.GetAttribute("lang"));

        var toSignIn = await client.GetAsync("/es/workspace");
        var signIn = await client.GetAsync(toSignIn.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/es/Identity/Account/Login?ReturnUrl=%2Fes%2Fworkspace", signIn.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        var page = await HtmlDocument.ParseAsync(await client.GetAsync(signIn.Headers.Location));
        Assert.Equal("Iniciar sesión", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task LanguageSwitcherOfTheSignInPageStaysOnThePageInTheOtherLanguage()
    {
        var client = portal.CreatePortalClient();
        var page = await HtmlDocument.ParseAsync(await client.GetAsync(SignInExtensions.LoginPath + "?returnUrl=%2Fen%2F"));
        var french = page.QuerySelector(".language-switcher a[hreflang=fr]")?.GetAttribute("href");

        Assert.Equal("/fr/Identity/Account/Login?returnUrl=%2Fen%2F", french, ignoreCase: true);
        var again = await HtmlDocument.ParseAsync(await client.GetAsync(french));
        Assert.Equal("Se connecter", again.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task LanguageChoiceNeverLeavesThePortal(string returnUrl)
    {
        var response = await portal.CreatePortalClient().GetAsync($"/es/language?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/es/", response.Headers.Location?.OriginalString);
    }
}
