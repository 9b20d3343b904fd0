using System.Net;
using ComunidadPyme.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComunidadPyme.FunctionalTests.Features.Accounts;

public sealed class LockoutTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        var email = await TestAccounts.CreateAsync(portal);
        var client = portal.CreatePortalClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.SignInAsync(email, "not the password " + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var fifth = await client.SignInAsync(email, "not the password 5");
        var sixthWithTheRightPassword = await client.SignInAsync(email, TestAccounts.Password);

        Assert.Equal("/en/Identity/Account/Lockout", fifth.Headers.Location?.OriginalString, ignoreCase: true);
        Assert.Equal("/en/Identity/Account/Lockout", sixthWithTheRightPassword.Headers.Location?.OriginalString, ignoreCase: true);
        var page = await HtmlDocument.ParseAsync(await client.GetAsync("/en/Identity/Account/Lockout"));
        Assert.Contains("locked for 15 minutes", page.QuerySelector("main")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/en/account/sign-ins")).StatusCode);
    }

    [Fact]
    public async Task RecordsTheLockoutInTheSignInHistory()
    {
        var email = await TestAccounts.CreateAsync(portal);
        var client = portal.CreatePortalClient();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await client.SignInAsync(email, "not the password " + attempt);
        }

        var reasons = await TestAccounts.WithDatabaseAsync(portal, db =>
            db.SignInEvents.Where(e => e.UserName == email).OrderBy(e => e.Id).Select(e => e.FailureReason).ToListAsync());

        Assert.Equal(["WrongPassword", "WrongPassword", "WrongPassword", "WrongPassword", "LockedOut", "LockedOut"], reasons);
    }
}
