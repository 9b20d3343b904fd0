using System.Net;
using System.Text.RegularExpressions;
using ComunidadPyme.Core.Security;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ComunidadPyme.FunctionalTests.Features.Accounts.Invitations;

public sealed partial class InvitationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string InvitePath = "/en/admin/accounts/invite";

    [Fact]
    public async Task AnInvitedFocalPointChoosesAPasswordAndIsSignedInWithTheirRoleAndCountry()
    {
        var email = $"focal.{Guid.NewGuid():N}@produce.example.org";
        var brazil = await CountryIdAsync("BR");

        var invited = await InviteAsync(email, Roles.FocalPoint, "pt", brazil);

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var message = await EmailToAsync(email);
        Assert.Equal("Seu convite para a Comunidad PYME", message.Subject);
        var link = InvitationLink(message);
        Assert.StartsWith("/pt/account/invitation", link.PathAndQuery);
        var person = portal.CreatePortalClient();
        var accepted = await person.PostFormAsync(link.PathAndQuery,
            [("Password", "a garden of ripe mangoes"), ("ConfirmPassword", "a garden of ripe mangoes"), .. HiddenFields(link)], "/pt/account/invitation");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/pt/account/sign-ins")).StatusCode);
        var user = await TestAccounts.FindAsync(portal, email);
        Assert.True(user.EmailConfirmed);
        Assert.Equal([brazil], user.Countries.Select(c => c.CountryId));
        Assert.Equal([Roles.FocalPoint], await RolesOfAsync(user));
        var reused = await HtmlDocument.ParseAsync(await portal.CreatePortalClient().GetAsync(link.PathAndQuery));
        Assert.Contains("não é mais válido", reused.QuerySelector("main")?.TextContent);
    }

    [Fact]
    public async Task AnInvitationRefusesACommonPasswordWithAMessage()
    {
        var email = $"reviewer.{Guid.NewGuid():N}@oas.example.org";
        await InviteAsync(email, Roles.Reviewer, "en");
        var link = InvitationLink(await EmailToAsync(email));

        var response = await portal.CreatePortalClient().PostFormAsync(link.PathAndQuery,
            [("Password", "password1234"), ("ConfirmPassword", "password1234"), .. HiddenFields(link)], "/en/account/invitation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too common", (await HtmlDocument.ParseAsync(response)).QuerySelector("main")?.TextContent);
        Assert.False((await TestAccounts.FindAsync(portal, email)).EmailConfirmed);
    }

    [Theory]
    [InlineData("/en/account/invitation")]
    [InlineData("/en/account/invitation?user=nobody&token=abc")]
    [InlineData("/en/account/invitation?user=%27%20OR%201%3D1&token=%3Cscript%3E")]
    public async Task AnAlteredLinkSaysItIsNotValid(string path)
    {
        var response = await portal.CreatePortalClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no longer valid", (await HtmlDocument.ParseAsync(response)).QuerySelector("main")?.TextContent);
    }

    [Theory]
    [InlineData("not-an-email", "Test", Roles.FocalPoint, "Enter a valid email address.")]
    [InlineData("\"quoted\"@example.org <x>", "Test", Roles.FocalPoint, "Enter a valid email address.")]
    [InlineData("admin@example.org", "Test", Roles.Reviewer, "already has an account")]
    [InlineData("new.person@example.org", "", Roles.Reviewer, "Enter the person's name.")]
    [InlineData("new.person@example.org", "Test", "Superuser", "Choose a role.")]
    [InlineData("new.person@example.org", "Test", Roles.FocalPoint, "A focal point needs at least one country.")]
    public async Task InvalidInvitationsGetAMessageAndCreateNoAccount(string email, string name, string role, string message)
    {
        var admin = await AdministratorAsync();

        var response = await admin.PostFormAsync(InvitePath,
            [("Email", email), ("DisplayName", name), ("PreferredLanguage", "en"), ("Role", role)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await HtmlDocument.ParseAsync(response)).QuerySelector("main")?.TextContent);
        Assert.False(await TestAccounts.WithDatabaseAsync(portal, db => db.Users.AnyAsync(u => u.Email == "new.person@example.org")));
    }

    [Fact]
    public async Task AnUnknownCountryIsRefused()
    {
        var admin = await AdministratorAsync();

        var response = await admin.PostFormAsync(InvitePath,
            [("Email", "ghost@example.org"), ("DisplayName", "Ghost"), ("PreferredLanguage", "en"), ("Role", Roles.FocalPoint), ("CountryIds", "999999")]);

        Assert.Contains("One of the countries does not exist.", (await HtmlDocument.ParseAsync(response)).QuerySelector("main")?.TextContent);
    }

    [Fact]
    public async Task AHostileNameIsShownAsText()
    {
        var email = $"hostile.{Guid.NewGuid():N}@example.org";
        await InviteAsync(email, Roles.Reviewer, "en", name: "<script>alert('x')</script>");

        var list = await (await AdministratorAsync()).GetStringAsync("/en/admin/accounts");

        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", list);
        Assert.DoesNotContain("<script>alert('x')</script>", list);
    }

    private async Task<HttpResponseMessage> InviteAsync(string email, string role, string language, int? countryId = null, string name = "Invited Person")
    {
        var admin = await AdministratorAsync();
        (string, string)[] fields = [("Email", email), ("DisplayName", name), ("PreferredLanguage", language), ("Role", role)];
        return await admin.PostFormAsync(InvitePath, countryId is null ? fields : [.. fields, ("CountryIds", countryId.ToString()!)]);
    }

    private async Task<MimeMessage> EmailToAsync(string email)
    {
        var folder = Path.Combine(portal.DataDirectory, "mail");
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == email))
            {
                return message;
            }
        }

        throw new Xunit.Sdk.XunitException($"No email to {email} in {folder}");
    }

    private static Uri InvitationLink(MimeMessage message) =>
        new(System.Net.WebUtility.HtmlDecode(LinkPattern().Match(message.HtmlBody ?? string.Empty).Groups["link"].Value));

    private static IEnumerable<(string, string)> HiddenFields(Uri link)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        return [("User", query["user"].ToString()), ("Token", query["token"].ToString())];
    }

    private Task<int> CountryIdAsync(string iso2) =>
        TestAccounts.WithDatabaseAsync(portal, db => db.Countries.Where(c => c.Iso2 == iso2).Select(c => c.Id).SingleAsync());

    private async Task<IList<string>> RolesOfAsync(ApplicationUser user)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().GetRolesAsync(user);
    }

    private async Task<HttpClient> AdministratorAsync()
    {
        var admin = portal.CreatePortalClient();
        await admin.SignInAsync("admin@example.org", "Sample admin password 2026");
        return admin;
    }

    [GeneratedRegex("href=\"(?<link>[^\"]+/account/invitation[^\"]+)\"")]
    private static partial Regex LinkPattern();
}
