using System.Net;
using ComunidadPyme.FunctionalTests.Support;

namespace ComunidadPyme.FunctionalTests.Features.Accounts.Passwords;

public sealed class PasswordRulesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ChangePasswordPath = "/en/Identity/Account/Manage/ChangePassword";

    [Theory]
    [InlineData("password1234", "too common or has appeared in a data breach")]
    [InlineData("QwertyUiop123", "too common or has appeared in a data breach")]
    [InlineData("123456789012", "too common or has appeared in a data breach")]
    [InlineData("eleven char", "at least 12 characters")]
    [InlineData("this passphrase has sixty-five characters, which is one too many!", "at most 64 characters")]
    public async Task RefusesAWeakPasswordWithAMessage(string newPassword, string message)
    {
        var (client, _) = await SignedInAsync();

        var response = await ChangePasswordAsync(client, newPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await HtmlDocument.ParseAsync(response)).QuerySelector("main")?.TextContent);
    }

    [Theory]
    [InlineData("cabbage moon")]
    [InlineData("this passphrase has sixty-four characters, just at the limit!!!!")]
    public async Task AcceptsAPassphraseOfTwelveToSixtyFourCharacters(string newPassword)
    {
        var (client, email) = await SignedInAsync();

        var response = await ChangePasswordAsync(client, newPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CreatePortalClient().SignInAsync(email, newPassword)).StatusCode);
    }

    [Fact]
    public async Task ChangingThePasswordEndsTheOtherSessionsButKeepsThisOne()
    {
        var (client, email) = await SignedInAsync();
        var otherBrowser = portal.CreatePortalClient();
        await otherBrowser.SignInAsync(email, TestAccounts.Password);

        await ChangePasswordAsync(client, "a brand new passphrase");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/account/sign-ins")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await otherBrowser.GetAsync("/en/account/sign-ins")).StatusCode);
    }

    private async Task<(HttpClient Client, string Email)> SignedInAsync()
    {
        var email = await TestAccounts.CreateAsync(portal);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);
        return (client, email);
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string newPassword) =>
        client.PostFormAsync(ChangePasswordPath,
            [("Input.OldPassword", TestAccounts.Password), ("Input.NewPassword", newPassword), ("Input.ConfirmPassword", newPassword)]);
}
