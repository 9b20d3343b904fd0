using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComunidadPyme.FunctionalTests.Features.Home;

[Collection(PortalCollection.Name)]
public sealed class LanguageRedirectTests(PortalFactory portal)
{
    private HttpClient Client() => portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task RedirectsToEnglishWithoutPreferences()
    {
        var response = await Client().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RedirectsByAcceptLanguage()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "de-DE, pt-BR;q=0.8, en;q=0.5");

        var response = await Client().SendAsync(request);

        Assert.Equal("/pt/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task PrefersTheLanguageCookieOverAcceptLanguage()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "es");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dfr%7Cuic%3Dfr");

        var response = await Client().SendAsync(request);

        Assert.Equal("/fr/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task HomePageListsTheMemberStates()
    {
        var response = await portal.CreateClient().GetAsync("/es/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(response);
        Assert.Equal(35, page.QuerySelectorAll("[data-iso2]").Length);
    }
}
