using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Accounts.Administration;

[Collection(PortalCollection.Name)]
public sealed class AdministrationAccessTests(PortalFactory portal)
{
    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var response = await portal.CreatePortalClient().GetAsync("/en/admin/accounts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("focal.br@example.org", "Sample focal point password BR")]
    [InlineData("reviewer@example.org", "Sample reviewer password 2026")]
    public async Task OthersThanAdministratorsAreRefused(string email, string password)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(email, password);

        var response = await client.GetAsync("/en/admin/accounts");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Access denied", (await HtmlDocument.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task AdministratorsSeeEveryAccountWithItsRoleAndCountries()
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync("admin@example.org", "Sample admin password 2026");

        var document = await HtmlDocument.ParseAsync(await client.GetAsync("/es/admin/accounts"));

        var brazil = document.QuerySelector("tr[data-email='focal.br@example.org']")?.TextContent;
        Assert.Contains("Punto focal", brazil);
        Assert.Contains("BR", brazil);
        Assert.NotNull(document.QuerySelector("tr[data-email='admin@example.org']"));
    }

    [Fact]
    public async Task AnUnknownAccountIsNotFound()
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync("admin@example.org", "Sample admin password 2026");

        var response = await client.GetAsync("/en/admin/accounts/no-such-account");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
