using System.Net;
using ComunidadPyme.Core.Security;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace ComunidadPyme.FunctionalTests.Features.Accounts.Administration;

public sealed class AccountAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ChangesTheRoleAndCountriesOfAFocalPoint()
    {
        var email = await TestAccounts.CreateAsync(portal, Roles.FocalPoint, "CL");
        var id = (await TestAccounts.FindAsync(portal, email)).Id;
        var (peru, colombia) = (await CountryIdAsync("PE"), await CountryIdAsync("CO"));

        var admin = await AdministratorAsync();

        var response = await admin.PostFormAsync(EditPath(id),
            [("Form.Version", await VersionAsync(admin, id)), ("Form.Role", Roles.FocalPoint), ("Form.CountryIds", peru.ToString()), ("Form.CountryIds", colombia.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlDocument.ParseAsync(await (await AdministratorAsync()).GetAsync($"/en/admin/accounts/{id}"));
        Assert.NotNull(page.QuerySelector("input#country-PE[checked]"));
        Assert.Null(page.QuerySelector("input#country-CL[checked]"));
        Assert.Equal([colombia, peru], (await TestAccounts.FindAsync(portal, email)).Countries.Select(c => c.CountryId).Order());
    }

    [Fact]
    public async Task TakingAwayTheFocalPointRoleRemovesTheCountriesAndEndsTheSession()
    {
        var email = await TestAccounts.CreateAsync(portal, Roles.FocalPoint, "CL");
        var person = portal.CreatePortalClient();
        await person.SignInAsync(email, TestAccounts.Password);
        var id = (await TestAccounts.FindAsync(portal, email)).Id;

        var admin = await AdministratorAsync();

        await admin.PostFormAsync(EditPath(id), [("Form.Version", await VersionAsync(admin, id)), ("Form.Role", Roles.Reviewer)]);

        Assert.Empty((await TestAccounts.FindAsync(portal, email)).Countries);
        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync("/en/account/sign-ins")).StatusCode);
    }

    [Fact]
    public async Task ResettingTwoFactorTurnsItOff()
    {
        var email = await TestAccounts.CreateAsync(portal);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var id = (await TestAccounts.FindAsync(portal, email)).Id;
        var admin = await AdministratorAsync();
        var response = await admin.PostFormAsync($"/en/admin/accounts/{id}", [], $"/en/admin/accounts/{id}/reset-two-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await TestAccounts.FindAsync(portal, email)).TwoFactorEnabled);
        var page = await HtmlDocument.ParseAsync(await admin.GetAsync(response.Headers.Location));
        Assert.Contains("Two-factor authentication has been reset.", page.QuerySelector("[role=status]")?.TextContent);
    }

    [Fact]
    public async Task AnAdministratorCannotDisableTheirOwnAccount()
    {
        var admin = await AdministratorAsync();
        var id = await TestAccounts.WithDatabaseAsync(portal, db => db.Users.Where(u => u.Email == "admin@example.org").Select(u => u.Id).SingleAsync());

        var response = await admin.PostFormAsync($"/en/admin/accounts/{id}", [], $"/en/admin/accounts/{id}/disable");

        var page = await HtmlDocument.ParseAsync(await admin.GetAsync(response.Headers.Location));
        Assert.Contains("You cannot do this to your own account.", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Null((await TestAccounts.FindAsync(portal, "admin@example.org")).DisabledAtUtc);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        var email = await TestAccounts.CreateAsync(portal);
        var id = (await TestAccounts.FindAsync(portal, email)).Id;
        var admin = await AdministratorAsync();

        var response = await admin.PostAsync($"/en/admin/accounts/{id}/disable", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await TestAccounts.FindAsync(portal, email)).DisabledAtUtc);
    }

    [Fact]
    public async Task ASecondAdministratorSavingAnOlderVersionGetsTheConflictPageAndTheFirstRoleStays()
    {
        var email = await TestAccounts.CreateAsync(portal, Roles.FocalPoint, "CL");
        var id = (await TestAccounts.FindAsync(portal, email)).Id;
        var first = await AdministratorAsync();
        var second = await SecondAdministratorAsync();
        var (firstVersion, secondVersion) = (await VersionAsync(first, id), await VersionAsync(second, id));

        var saved = await first.PostFormAsync(EditPath(id), [("Form.Version", firstVersion), ("Form.Role", Roles.Reviewer)]);
        var refused = await second.PostFormAsync(EditPath(id), [("Form.Version", secondVersion), ("Form.Role", Roles.Administrator)]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await HtmlDocument.ParseAsync(refused);
        var role = page.QuerySelectorAll(".conflict-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim().StartsWith("Role", StringComparison.Ordinal));
        Assert.Equal(("Reviewer", "Administrator"), (role.QuerySelector("td.theirs")!.TextContent.Trim(), role.QuerySelector("td.yours")!.TextContent.Trim()));
        Assert.Contains(email, page.QuerySelector("main")!.TextContent);
        Assert.Equal([Roles.Reviewer], await RolesAsync(email));
    }

    [Fact]
    public async Task OverwritingFromTheConflictPageSavesTheSecondRole()
    {
        var email = await TestAccounts.CreateAsync(portal, Roles.FocalPoint, "CL");
        var id = (await TestAccounts.FindAsync(portal, email)).Id;
        var admin = await AdministratorAsync();
        var stale = await VersionAsync(admin, id);
        await admin.PostFormAsync(EditPath(id), [("Form.Version", stale), ("Form.Role", Roles.Reviewer)]);
        var conflict = await HtmlDocument.ParseAsync(await admin.PostFormAsync(EditPath(id), [("Form.Version", stale), ("Form.Role", Roles.Administrator)]));

        var overwrite = conflict.QuerySelector("form.conflict-overwrite")!;
        var response = await admin.PostFormAsync(EditPath(id),
            overwrite.QuerySelectorAll("input[name]").Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
                .Where(f => f.Item1 != "__RequestVerificationToken"),
            overwrite.GetAttribute("action"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Administrator], await RolesAsync(email));
    }

    [Fact]
    public async Task ASavedRoleIsConfirmedOnceOnTheList()
    {
        var email = await TestAccounts.CreateAsync(portal, Roles.FocalPoint, "CL");
        var id = (await TestAccounts.FindAsync(portal, email)).Id;
        var admin = await AdministratorAsync();

        var response = await admin.PostFormAsync(EditPath(id), [("Form.Version", await VersionAsync(admin, id)), ("Form.Role", Roles.Reviewer)]);

        var list = await HtmlDocument.ParseAsync(await admin.GetAsync(response.Headers.Location));
        Assert.Equal($"The role and countries of {email} have been saved.", list.QuerySelector("[role=status]")?.TextContent.Trim());
        var again = await HtmlDocument.ParseAsync(await admin.GetAsync(response.Headers.Location));
        Assert.Null(again.QuerySelector(".status-message"));
    }

    [Fact]
    public async Task AnAdministratorCannotTakeTheAdministratorRoleFromTheirOwnAccount()
    {
        var admin = await AdministratorAsync();
        var id = await TestAccounts.WithDatabaseAsync(portal, db => db.Users.Where(u => u.Email == "admin@example.org").Select(u => u.Id).SingleAsync());

        var response = await admin.PostFormAsync(EditPath(id), [("Form.Version", await VersionAsync(admin, id)), ("Form.Role", Roles.Reviewer)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("You cannot do this to your own account.",
            (await HtmlDocument.ParseAsync(response)).QuerySelector("[data-error-for='Form.Role']")?.TextContent.Trim());
        Assert.Equal([Roles.Administrator], await RolesAsync("admin@example.org"));
    }

    private static string EditPath(string id) => $"/en/admin/accounts/{id}";

    /// <summary>The version the account's page carries in its role and countries form.</summary>
    private static async Task<string> VersionAsync(HttpClient admin, string id)
    {
        var page = await HtmlDocument.ParseAsync(await admin.GetAsync(EditPath(id)));
        return page.QuerySelector("form.account-form input[name='Form.Version']")!.GetAttribute("value")!;
    }

    private Task<List<string>> RolesAsync(string email) =>
        TestAccounts.WithDatabaseAsync(portal, db => db.UserRoles
            .Where(ur => db.Users.Any(u => u.Id == ur.UserId && u.Email == email))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync());

    /// <summary>Another administrator, with two-factor authentication set up as staff must have it.</summary>
    private async Task<HttpClient> SecondAdministratorAsync()
    {
        var email = await TestAccounts.CreateAsync(portal, Roles.Administrator);
        string key;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var client = portal.CreatePortalClient();
        var password = await client.SignInAsync(email, TestAccounts.Password);
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
        var signedIn = await client.PostFormAsync(password.Headers.Location!.OriginalString, [("Input.Code", code)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private Task<int> CountryIdAsync(string iso2) =>
        TestAccounts.WithDatabaseAsync(portal, db => db.Countries.Where(c => c.Iso2 == iso2).Select(c => c.Id).SingleAsync());

    private async Task<HttpClient> AdministratorAsync()
    {
        var admin = portal.CreatePortalClient();
        await admin.SignInAsync("admin@example.org", "Sample admin password 2026");
        return admin;
    }
}
