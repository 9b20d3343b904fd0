using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>
/// Signs in through the Identity login form, as a person would, and keeps the cookies. Clients do not follow
/// redirects, so tests can see where a refused request is sent.
/// </summary>
public static class ObservationsSignIn
{
    public static readonly (string Email, string Password) FocalBrazil = ("focal.br@example.org", "Sample focal point password BR");
    public static readonly (string Email, string Password) FocalMexico = ("focal.mx@example.org", "Sample focal point password MX");
    public static readonly (string Email, string Password) Reviewer = ("reviewer@example.org", "Sample reviewer password 2026");
    public static readonly (string Email, string Password) Admin = ("admin@example.org", "Sample admin password 2026");

    public static HttpClient Anonymous(PortalFactory portal) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<HttpClient> AsAsync(PortalFactory portal, (string Email, string Password) account)
    {
        var client = Anonymous(portal);
        var login = await HtmlDocument.ParseAsync(await client.GetAsync("/en/Identity/Account/Login"));
        var token = login.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email,
            ["Input.Password"] = account.Password,
            ["Input.RememberMe"] = "false",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {account.Email} failed: {response.StatusCode}");
        return client;
    }

    /// <summary>An anti-forgery token for the signed-in person, from the sign-out form every page carries.</summary>
    public static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/en/countries"));
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
