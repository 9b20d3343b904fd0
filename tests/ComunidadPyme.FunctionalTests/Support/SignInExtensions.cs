namespace ComunidadPyme.FunctionalTests.Support;

public static class SignInExtensions
{
    public const string LoginPath = "/en/Identity/Account/Login";

    /// <summary>Signs in through the real sign-in page; the client keeps the session cookie.</summary>
    public static Task<HttpResponseMessage> SignInAsync(
        this HttpClient client, string email, string password, string? returnUrl = null, string language = "en")
    {
        var loginPath = $"/{language}/Identity/Account/Login";
        return client.PostFormAsync(loginPath, [("Input.Email", email), ("Input.Password", password)],
            returnUrl is null ? loginPath : $"{loginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where they lead.</summary>
    public static HttpClient CreatePortalClient(this Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
}
