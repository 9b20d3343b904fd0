using System.Net;
using System.Text.RegularExpressions;
using ComunidadPyme.FunctionalTests.Support;
using MimeKit;

namespace ComunidadPyme.FunctionalTests.Features.Accounts.Passwords;

public sealed partial class PasswordResetTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnEmailedLinkLetsThePersonChooseANewPassword()
    {
        var email = await TestAccounts.CreateAsync(portal);
        var client = portal.CreatePortalClient();

        var asked = await client.PostFormAsync("/en/Identity/Account/ForgotPassword", [("Input.Email", email)]);

        Assert.Equal("/en/Identity/Account/ForgotPasswordConfirmation", asked.Headers.Location?.OriginalString, ignoreCase: true);
        var link = new Uri(System.Net.WebUtility.HtmlDecode(LinkPattern().Match((await EmailToAsync(email)).HtmlBody ?? string.Empty).Groups["link"].Value));
        var reset = await client.PostFormAsync(link.PathAndQuery,
            [("Input.Email", email), ("Input.Password", "a quiet river at dawn"), ("Input.ConfirmPassword", "a quiet river at dawn"), ("Input.Code", CodeOf(link))],
            "/en/Identity/Account/ResetPassword");
        Assert.Equal("/en/Identity/Account/ResetPasswordConfirmation", reset.Headers.Location?.OriginalString, ignoreCase: true);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CreatePortalClient().SignInAsync(email, "a quiet river at dawn")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreatePortalClient().SignInAsync(email, TestAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task AnUnknownAddressGetsTheSameAnswerAndNoEmail()
    {
        var unknown = $"nobody.{Guid.NewGuid():N}@example.org";

        var asked = await portal.CreatePortalClient().PostFormAsync("/en/Identity/Account/ForgotPassword", [("Input.Email", unknown)]);

        Assert.Equal("/en/Identity/Account/ForgotPasswordConfirmation", asked.Headers.Location?.OriginalString, ignoreCase: true);
        Assert.Null(await FindEmailToAsync(unknown));
    }

    [Theory]
    [InlineData("/en/Identity/Account/ResetPassword")]
    [InlineData("/en/Identity/Account/ResetPassword?code=not-base64%25%27")]
    public async Task AMissingOrAlteredCodeSaysTheLinkIsNotValid(string path)
    {
        var response = await portal.CreatePortalClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This link is no longer valid", (await HtmlDocument.ParseAsync(response)).QuerySelector("main")?.TextContent);
    }

    [Fact]
    public async Task AForgedTokenIsRefusedWithAMessage()
    {
        var email = await TestAccounts.CreateAsync(portal);
        var forged = Convert.ToBase64String("forged token"u8.ToArray()).TrimEnd('=');

        var response = await portal.CreatePortalClient().PostFormAsync($"/en/Identity/Account/ResetPassword?code={forged}",
            [("Input.Email", email), ("Input.Password", "a quiet river at dawn"), ("Input.ConfirmPassword", "a quiet river at dawn"), ("Input.Code", forged)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This link is no longer valid", (await HtmlDocument.ParseAsync(response)).QuerySelector("main")?.TextContent);
    }

    private static string CodeOf(Uri link) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)["code"].ToString();

    private async Task<MimeMessage> EmailToAsync(string email) =>
        await FindEmailToAsync(email) ?? throw new Xunit.Sdk.XunitException($"No email to {email}");

    private async Task<MimeMessage?> FindEmailToAsync(string email)
    {
        var folder = Path.Combine(portal.DataDirectory, "mail");
        foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.eml") : [])
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == email))
            {
                return message;
            }
        }

        return null;
    }

    [GeneratedRegex("href=\"(?<link>[^\"]+/identity/account/resetpassword[^\"]+)\"")]
    private static partial Regex LinkPattern();
}
