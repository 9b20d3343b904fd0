using System.Net;
using ComunidadPyme.Core.Security;
using ComunidadPyme.FunctionalTests.Support;
using OtpNet;

namespace ComunidadPyme.FunctionalTests.Features.Accounts.TwoFactor;

public sealed class StaffTwoFactorTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string SetUpPath = "/en/identity/account/manage/enableauthenticator";

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Administrator)]
    public async Task StaffWithoutTwoFactorAreSentToSetItUpFromAnyPage(string role)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await TestAccounts.CreateAsync(portal, role), TestAccounts.Password);

        foreach (var path in new[] { "/en/", "/en/account/sign-ins", "/en/Identity/Account/Manage" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(SetUpPath, response.Headers.Location?.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(SetUpPath)).StatusCode);
    }

    [Fact]
    public async Task FocalPointsAndTheDevelopmentSampleStaffAreNotForced()
    {
        var focal = portal.CreatePortalClient();
        await focal.SignInAsync(await TestAccounts.CreateAsync(portal), TestAccounts.Password);
        var sampleAdmin = portal.CreatePortalClient();
        await sampleAdmin.SignInAsync("admin@example.org", "Sample admin password 2026");

        Assert.Equal(HttpStatusCode.OK, (await focal.GetAsync("/en/account/sign-ins")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sampleAdmin.GetAsync("/en/admin/accounts")).StatusCode);
    }

    [Fact]
    public async Task AfterSettingUpTheAuthenticatorStaffSignInWithPasswordAndCode()
    {
        var email = await TestAccounts.CreateAsync(portal, Roles.Reviewer);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);
        var setUp = await HtmlDocument.ParseAsync(await client.GetAsync(SetUpPath));
        var key = setUp.QuerySelector("[data-shared-key]")!.TextContent.Replace(" ", string.Empty).ToUpperInvariant();
        Assert.StartsWith("data:image/png;base64,", setUp.QuerySelector("main img")?.GetAttribute("src"));

        var wrong = await client.PostFormAsync(SetUpPath, [("Input.Code", "000000x")]);
        Assert.Contains("The code is not correct.", (await HtmlDocument.ParseAsync(wrong)).QuerySelector("main")?.TextContent);
        var enabled = await client.PostFormAsync(SetUpPath, [("Input.Code", Code(key))]);
        Assert.Equal("/en/Identity/Account/Manage/ShowRecoveryCodes", enabled.Headers.Location?.OriginalString, ignoreCase: true);
        Assert.Equal(10, (await HtmlDocument.ParseAsync(await client.GetAsync(enabled.Headers.Location))).QuerySelectorAll("#recovery-codes li").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/account/sign-ins")).StatusCode);

        var again = portal.CreatePortalClient();
        var password = await again.SignInAsync(email, TestAccounts.Password);
        Assert.StartsWith("/en/Identity/Account/LoginWith2fa", password.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        var wrongCode = await again.PostFormAsync(password.Headers.Location!.OriginalString, [("Input.Code", "123456")]);
        Assert.Contains("The code is not correct.", (await HtmlDocument.ParseAsync(wrongCode)).QuerySelector("main")?.TextContent);
        var signedIn = await again.PostFormAsync(password.Headers.Location!.OriginalString, [("Input.Code", Code(key))]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/en/account/sign-ins")).StatusCode);
    }

    private static string Code(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp();
}
