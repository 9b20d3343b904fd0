using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Accounts.SignIns;

public sealed class SignInHistoryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsThePersonTheirOwnFailedAndSuccessfulAttemptsOnly()
    {
        var email = await TestAccounts.CreateAsync(portal);
        var someoneElse = await TestAccounts.CreateAsync(portal);
        await portal.CreatePortalClient().SignInAsync(someoneElse, "wrong for the other one");
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("HistoryTestBrowser/1.0");
        await client.SignInAsync(email, "wrong password here");
        await client.SignInAsync(email, TestAccounts.Password);

        var response = await client.GetAsync("/en/account/sign-ins");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await HtmlDocument.ParseAsync(response)).QuerySelectorAll("#sign-ins tbody tr");
        Assert.Equal(["true", "false"], rows.Select(r => r.GetAttribute("data-succeeded")));
        Assert.Contains("wrong password", rows[1].TextContent);
        Assert.All(rows, r => Assert.Contains("HistoryTestBrowser/1.0", r.TextContent));
        Assert.NotNull((await TestAccounts.FindAsync(portal, email)).LastSignInAtUtc);
    }

    [Fact]
    public async Task RecordsAnUnknownNameButNeverThePassword()
    {
        var typed = $"nobody.{Guid.NewGuid():N}@example.org";

        await portal.CreatePortalClient().SignInAsync(typed, "SecretThatMustNotBeStored");

        var events = await TestAccounts.WithDatabaseAsync(portal, db => db.SignInEvents.AsNoTracking().ToListAsync());
        var attempt = Assert.Single(events, e => e.UserName == typed);
        Assert.Null(attempt.UserId);
        Assert.Equal("UnknownUser", attempt.FailureReason);
        Assert.DoesNotContain(events, e => (e.UserName + e.UserAgent + e.FailureReason).Contains("SecretThatMustNotBeStored"));
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var response = await portal.CreatePortalClient().GetAsync("/en/account/sign-ins");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
