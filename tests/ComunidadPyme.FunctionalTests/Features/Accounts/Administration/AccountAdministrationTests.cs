using System.Net;
using ComunidadPyme.Core.Security;
using ComunidadPyme.FunctionalTests.Support;
using ComunidadPyme.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComunidadPyme.FunctionalTests.Features.Accounts.Administration;

public sealed class AccountAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ChangesTheRoleAndCountriesOfAFocalPoint()
    {
        var email = await TestAccounts.CreateAsync(portal, Roles.FocalPoint, "CL");
        var id = (await TestAccounts.FindAsync(portal, email)).Id;
        var (peru, colombia) = (await CountryIdAsync("PE"), await CountryIdAsync("CO"));

        var response = await (await AdministratorAsync()).PostFormAsync($"/en/admin/accounts/{id}",
            [("Role", Roles.FocalPoint), ("CountryIds", peru.ToString()), ("CountryIds", colombia.ToString())]);

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

        await (await AdministratorAsync()).PostFormAsync($"/en/admin/accounts/{id}", [("Role", Roles.Reviewer)]);

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

    private Task<int> CountryIdAsync(string iso2) =>
        TestAccounts.WithDatabaseAsync(portal, db => db.Countries.Where(c => c.Iso2 == iso2).Select(c => c.Id).SingleAsync());

    private async Task<HttpClient> AdministratorAsync()
    {
        var admin = portal.CreatePortalClient();
        await admin.SignInAsync("admin@example.org", "Sample admin password 2026");
        return admin;
    }
}
