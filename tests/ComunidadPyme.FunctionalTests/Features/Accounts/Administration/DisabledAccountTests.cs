using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Accounts.Administration;

public sealed class DisabledAccountTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DisablingEndsTheOpenSessionAndRefusesTheNextSignIn()
    {
        var email = await TestAccounts.CreateAsync(portal);
        var person = portal.CreatePortalClient();
        await person.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/en/account/sign-ins")).StatusCode);

        var disabled = await DisableAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        var nextRequest = await person.GetAsync("/en/account/sign-ins");
        Assert.Equal(HttpStatusCode.Redirect, nextRequest.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", nextRequest.Headers.Location?.PathAndQuery ?? nextRequest.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        var again = await portal.CreatePortalClient().SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This account has been disabled", (await HtmlDocument.ParseAsync(again)).QuerySelector("form#account")?.TextContent);
        Assert.NotNull((await TestAccounts.FindAsync(portal, email)).DisabledAtUtc);
    }

    [Fact]
    public async Task DoesNotTellSomeoneWithoutThePasswordThatTheAccountIsDisabled()
    {
        var email = await TestAccounts.CreateAsync(portal);
        await DisableAsync(email);

        var response = await portal.CreatePortalClient().SignInAsync(email, "a guess at the password");

        var text = (await HtmlDocument.ParseAsync(response)).QuerySelector("form#account")?.TextContent;
        Assert.Contains("The email address or password is not correct.", text);
        Assert.DoesNotContain("disabled", text);
    }

    [Fact]
    public async Task EnablingLetsThePersonSignInAgain()
    {
        var email = await TestAccounts.CreateAsync(portal);
        await DisableAsync(email);
        var admin = await AdministratorAsync();
        var id = (await TestAccounts.FindAsync(portal, email)).Id;

        await admin.PostFormAsync($"/en/admin/accounts/{id}", [], $"/en/admin/accounts/{id}/enable");
        var response = await portal.CreatePortalClient().SignInAsync(email, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await TestAccounts.FindAsync(portal, email)).DisabledAtUtc);
    }

    private async Task<HttpResponseMessage> DisableAsync(string email)
    {
        var admin = await AdministratorAsync();
        var id = (await TestAccounts.FindAsync(portal, email)).Id;
        return await admin.PostFormAsync($"/en/admin/accounts/{id}", [], $"/en/admin/accounts/{id}/disable");
    }

    private async Task<HttpClient> AdministratorAsync()
    {
        var admin = portal.CreatePortalClient();
        await admin.SignInAsync("admin@example.org", "Sample admin password 2026");
        return admin;
    }
}
