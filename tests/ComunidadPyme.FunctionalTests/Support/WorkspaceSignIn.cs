using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComunidadPyme.FunctionalTests.Support;

/// <summary>The sample accounts of the README, and nobody.</summary>
public enum WorkspaceUser
{
    Anonymous,
    Administrator,
    Reviewer,
    FocalPointBrazil,
    FocalPointMexico,
}

/// <summary>
/// Signs in through the real Identity login form and posts workspace forms with a valid anti-forgery token,
/// as a browser would. Clients keep their cookies and do not follow redirects, so tests see them.
/// </summary>
public static class WorkspaceSignIn
{
    private const string LoginPath = "/en/Identity/Account/Login";
    private const string TokenField = "__RequestVerificationToken";

    public static (string Email, string Password) Credentials(WorkspaceUser user) => user switch
    {
        WorkspaceUser.Administrator => ("admin@example.org", "Sample admin password 2026"),
        WorkspaceUser.Reviewer => ("reviewer@example.org", "Sample reviewer password 2026"),
        WorkspaceUser.FocalPointBrazil => ("focal.br@example.org", "Sample focal point password BR"),
        WorkspaceUser.FocalPointMexico => ("focal.mx@example.org", "Sample focal point password MX"),
        _ => throw new ArgumentOutOfRangeException(nameof(user), user, "Anonymous has no credentials."),
    };

    public static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> portal, WorkspaceUser user)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (user == WorkspaceUser.Anonymous)
        {
            return client;
        }

        var (email, password) = Credentials(user);
        var response = await client.PostAsync(LoginPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = "false",
            [TokenField] = await TokenAsync(client),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>An anti-forgery token for the client's current identity, read from the sign-in page's form.</summary>
    public static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await HtmlDocument.ParseAsync(await client.GetAsync(LoginPath));
        return page.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value")
               ?? throw new InvalidOperationException("The sign-in page has no anti-forgery token.");
    }

    /// <summary>Posts a form as a browser would, with the anti-forgery token added.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.Where(f => f.Key != TokenField).ToList();
        all.Add(KeyValuePair.Create(TokenField, await TokenAsync(client)));
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }
}
